"use client";

/** Opens the browser's print dialog (A4 reports, slips, slides); hidden in the printout itself. */
export function PrintButton({ label, variant = "primary" }: { label: string; variant?: "primary" | "secondary" }) {
  return (
    <button
      type="button"
      className={variant === "secondary" ? "btn btn-secondary no-print" : "btn no-print"}
      onClick={() => window.print()}
    >
      {label}
    </button>
  );
}
