import type { ButtonHTMLAttributes, ReactNode } from "react";
import { cn } from "./cn";

type Variant = "primary" | "secondary" | "danger";
const VARIANT_CLASS: Record<Variant, string> = { primary: "", secondary: "btn-secondary", danger: "btn-danger" };

export function Button({
  variant = "primary",
  size,
  className,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; size?: "small" }) {
  return (
    <button className={cn("btn", VARIANT_CLASS[variant], size === "small" && "btn-small", className)} {...props} />
  );
}

/** A form's submit button on its own line, disabled while the form is being sent. */
export function SubmitRow({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <div>
      <Button type="submit" disabled={pending}>
        {children}
      </Button>
    </div>
  );
}
