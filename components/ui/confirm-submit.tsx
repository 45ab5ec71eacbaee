import { cn } from "./cn";

/**
 * A destructive submit button that asks first — without JavaScript, so it works wherever its form does. The
 * visible button opens a small disclosure (<details>) with the question and the real submit button; closing it
 * (the same button again) cancels. Put it inside the form in place of the submit button.
 */
export function ConfirmSubmit({
  label,
  question,
  confirmLabel,
  ariaLabel,
  name,
  value,
  disabled,
  small = true,
  variant = "danger",
}: {
  /** The button's text ("Cabut"). */
  label: string;
  /** What will happen ("Kiosk Loket 1 tidak dapat mengirim jawaban lagi. Lanjutkan?"). */
  question: string;
  /** The confirming button ("Ya, cabut"). */
  confirmLabel: string;
  /** A longer accessible name when the label alone is ambiguous in a table ("Hapus 17 Agustus 2026"). */
  ariaLabel?: string;
  /** Sent with the confirming button, like a submit button's own name/value. */
  name?: string;
  value?: string;
  disabled?: boolean;
  small?: boolean;
  variant?: "danger" | "secondary";
}) {
  const buttonClass = cn("btn", variant === "danger" ? "btn-danger" : "btn-secondary", small && "btn-small");
  return (
    <details className="confirm-submit">
      <summary className={buttonClass} aria-label={ariaLabel}>
        {label}
      </summary>
      <div className="confirm-submit-body" role="group" aria-label={question}>
        <p>{question}</p>
        <button
          className={cn("btn btn-danger", small && "btn-small")}
          type="submit"
          name={name}
          value={value}
          disabled={disabled}
        >
          {confirmLabel}
        </button>
      </div>
    </details>
  );
}
