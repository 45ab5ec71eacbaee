/**
 * The words under a chart that contains the current, unfinished period: which period, and up to which day it counts
 * (the chart marks it with a lighter bar or a hollow point; this text says so for everyone, not by colour alone).
 */
export function PartialNote({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p className="small muted" data-testid="partial-note">
      {text}
    </p>
  );
}
