import type { HTMLAttributes } from "react";
import { cn } from "./cn";

export function Card({ className, ...props }: HTMLAttributes<HTMLElement>) {
  return <section className={cn("card", className)} {...props} />;
}

export function Alert({
  tone = "info",
  className,
  ...props
}: HTMLAttributes<HTMLDivElement> & { tone?: "info" | "ok" | "warn" | "error" }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cn("alert", `alert-${tone}`, className)} {...props} />
  );
}

export function Badge({
  tone,
  className,
  ...props
}: HTMLAttributes<HTMLSpanElement> & { tone?: "ok" | "warn" | "bad" }) {
  return <span className={cn("badge", tone && `badge-${tone}`, className)} {...props} />;
}
