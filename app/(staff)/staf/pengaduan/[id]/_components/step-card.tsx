import type { ReactNode } from "react";
import type { ActionState } from "@/lib/action-state";
import { ActionForm } from "@/components/complaints/action-form";

/**
 * One handling step of a complaint: a card with its heading and a form that sends the complaint's id with the
 * fields given as children.
 */
export function StepCard({
  title,
  titleId,
  intro,
  complaintId,
  action,
  submitLabel,
  savedLabel,
  variant = "secondary",
  children,
}: {
  title: string;
  /** Gives the heading this id and names the section by it. */
  titleId?: string;
  intro?: string;
  complaintId: string;
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  submitLabel: string;
  savedLabel: string;
  variant?: "primary" | "secondary";
  children: ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {intro && <p className="muted">{intro}</p>}
      <ActionForm action={action} submitLabel={submitLabel} savedLabel={savedLabel} variant={variant}>
        <input type="hidden" name="complaintId" value={complaintId} />
        {children}
      </ActionForm>
    </section>
  );
}
