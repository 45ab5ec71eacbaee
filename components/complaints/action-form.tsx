"use client";
import { useActionState, type ReactNode } from "react";
import type { ActionState } from "@/lib/action-state";

/** A small form bound to a server action that shows the action's message (error or saved) above its fields. */
export function ActionForm({
  action,
  submitLabel,
  savedLabel,
  children,
  variant = "primary",
  className,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  submitLabel: string;
  savedLabel?: string;
  children?: ReactNode;
  variant?: "primary" | "secondary" | "danger";
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  return (
    <form action={formAction} className={className ?? "stack"}>
      {state.status === "error" && (
        <div className="alert alert-error" role="alert">
          {state.message}
          {state.fields && Object.values(state.fields).length > 0 ? ` ${Object.values(state.fields).join("; ")}` : ""}
        </div>
      )}
      {state.status === "ok" && savedLabel && (
        <div className="alert alert-ok" role="status">
          {savedLabel}
        </div>
      )}
      {children}
      <div>
        <button className={variant === "primary" ? "btn" : `btn btn-${variant}`} type="submit" disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
