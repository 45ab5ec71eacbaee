import type { ReactNode } from "react";
import type { ActionState } from "@/lib/action-state";

/** Each field's (or line's) problem as "field: message", a list under an action's error; nothing when none. */
export function ProblemList({ problems, testId }: { problems: [string, string][]; testId?: string }) {
  if (problems.length === 0) return null;
  return (
    <ul data-testid={testId}>
      {problems.map(([field, message]) => (
        <li key={field}>
          {field}: {message}
        </li>
      ))}
    </ul>
  );
}

/**
 * What a form's server action answered: a failure's message (with each field's or line's problem listed under it
 * when `listFields`), and, when `saved` is given, what a success says. Nothing while the form is idle.
 */
export function ActionStatus({
  state,
  saved,
  listFields = false,
}: {
  state: ActionState;
  saved?: ReactNode;
  listFields?: boolean;
}) {
  if (state.status === "error" && state.message) {
    const fields = listFields ? Object.entries(state.fields ?? {}) : [];
    return (
      <div className="alert alert-error" role="alert">
        {state.message}
        <ProblemList problems={fields} />
      </div>
    );
  }
  if (state.status === "ok" && saved) {
    return (
      <div className="alert alert-ok" role="status">
        {saved}
      </div>
    );
  }
  return null;
}

/** A failed action's message with each field's (or line's) problem listed under it; nothing otherwise. */
export function ActionError({ state }: { state: ActionState }) {
  return <ActionStatus state={state} listFields />;
}
