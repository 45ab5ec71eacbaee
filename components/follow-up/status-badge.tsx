const CLASS: Record<string, string> = {
  planned: "badge",
  in_progress: "badge badge-warn",
  done: "badge badge-ok",
  dropped: "badge",
};

/** A follow-up action's status; an open action past its due day also says "overdue". */
export function FollowUpStatusBadge({
  status,
  label,
  overdueLabel,
}: {
  status: string;
  label: string;
  /** Set when the action is overdue. */
  overdueLabel?: string;
}) {
  return (
    <span className="row" style={{ gap: "0.25rem", display: "inline-flex" }}>
      <span className={CLASS[status] ?? "badge"} data-testid="follow-up-status">
        {label}
      </span>
      {overdueLabel ? <span className="badge badge-bad">{overdueLabel}</span> : null}
    </span>
  );
}
