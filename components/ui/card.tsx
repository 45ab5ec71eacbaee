import type { HTMLAttributes, ReactNode } from "react";
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

/** A card showing one headline figure: a small muted heading (which names the card) over the figure and its notes. */
export function FigureCard({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id} className="small muted">
        {title}
      </h2>
      {children}
    </section>
  );
}
