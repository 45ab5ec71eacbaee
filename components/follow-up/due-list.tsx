import Link from "next/link";

export type DueListItem = { id: string; title: string; basis: string; owner: string; dueDate: string };

/** A short list of follow-up actions with their basis, owner and due date (weekly review, dashboards). */
export function FollowUpDueList({ items, empty, testId }: { items: DueListItem[]; empty: string; testId: string }) {
  if (items.length === 0) return <p data-testid={testId}>{empty}</p>;
  return (
    <ul data-testid={testId}>
      {items.map((item) => (
        <li key={item.id}>
          <Link href={`/staf/tindak-lanjut/${item.id}`}>{item.title}</Link>{" "}
          <span className="muted small">
            — {item.basis} · {item.owner} · {item.dueDate}
          </span>
        </li>
      ))}
    </ul>
  );
}
