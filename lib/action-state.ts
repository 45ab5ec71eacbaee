import { isAppError, type FieldErrors } from "./errors";

/** What a server action returns to its form: a message, per-field errors, and the submitted values (so nothing typed is lost). */
export type ActionState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fields?: FieldErrors;
  values?: Record<string, string>;
  data?: Record<string, string>;
};

export const IDLE: ActionState = { status: "idle" };

/** A server action a form submits to with useActionState: the previous state and the form in, the new state out. */
export type FormAction = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function formValues(form: FormData, omit: string[] = ["password"]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !omit.includes(key) && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

/** Runs an action body; expected errors become a form state, unexpected ones a generic message (logged). */
export async function toActionState(form: FormData, body: () => Promise<ActionState>): Promise<ActionState> {
  try {
    return await body();
  } catch (error) {
    if (isAppError(error))
      return { status: "error", message: error.message, fields: error.fields, values: formValues(form) };
    console.error("server action failed", error);
    return { status: "error", message: "Terjadi kesalahan. Silakan coba lagi.", values: formValues(form) };
  }
}
