import type { ActionState } from "@/lib/action-state";

/** A failed action's message with each field's (or line's) problem listed under it; nothing otherwise. */
export function ActionError({ state }: { state: ActionState }) {
  if (state.status !== "error") return null;
  return (
    <div className="alert alert-error" role="alert">
      {state.message}
      {state.fields && Object.keys(state.fields).length > 0 && (
        <ul>
          {Object.entries(state.fields).map(([field, message]) => (
            <li key={field}>
              {field}: {message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
