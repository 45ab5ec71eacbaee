"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action-state";

/** One staff member's check-clock PIN and unit, saved in place (ids unique per user). */
export function StaffProfileForm({
  action,
  userId,
  name,
  pin,
  unit,
  labels,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  userId: string;
  name: string;
  pin: string | null;
  unit: string | null;
  labels: { pin: string; unit: string; save: string; saved: string };
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  const value = (key: "pin" | "unit", initial: string | null) => state.values?.[key] ?? initial ?? "";
  const error = state.status === "error" ? (state.fields?.pin ?? state.fields?.unit ?? state.message) : null;
  return (
    <form action={formAction} className="form-inline" aria-label={name} data-testid={`profile-${userId}`}>
      <input type="hidden" name="userId" value={userId} />
      <div className="field">
        <label htmlFor={`pin-${userId}`}>{labels.pin}</label>
        <input
          id={`pin-${userId}`}
          name="pin"
          inputMode="numeric"
          defaultValue={value("pin", pin)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `profile-error-${userId}` : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={`unit-${userId}`}>{labels.unit}</label>
        <input id={`unit-${userId}`} name="unit" defaultValue={value("unit", unit)} maxLength={80} />
      </div>
      <button className="btn btn-secondary btn-small" type="submit" disabled={pending}>
        {labels.save}
      </button>
      {error && (
        <span id={`profile-error-${userId}`} className="error" role="alert">
          {error}
        </span>
      )}
      {state.status === "ok" && (
        <span className="muted small" role="status">
          {labels.saved}
        </span>
      )}
    </form>
  );
}
