/**
 * A tiny server-rendered trend line (no JavaScript); null values break the line. When the last period is still
 * running (`lastPartial`), its segment is dashed and its point hollow, and the accessible name says so (issue 16).
 */
export function Sparkline({
  values,
  label,
  lastPartial = false,
  partialLabel,
}: {
  values: (number | null)[];
  label: string;
  lastPartial?: boolean;
  /** Appended to the accessible name when the last period is partial, e.g. "titik terakhir: periode berjalan". */
  partialLabel?: string;
}) {
  const present = values.filter((v): v is number => v !== null);
  if (present.length < 2) return null;
  const min = Math.min(...present);
  const max = Math.max(...present);
  const w = 120;
  const h = 32;
  const x = (i: number) => (values.length === 1 ? 0 : (i / (values.length - 1)) * w);
  const y = (v: number) => (max === min ? h / 2 : h - 3 - ((v - min) / (max - min)) * (h - 6));
  const point = (v: number | null, i: number) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  const last = values.length - 1;
  const lastValue = values[last] ?? null;
  const markLast = lastPartial && lastValue !== null && values[last - 1] !== null && values[last - 1] !== undefined;
  const solid = (markLast ? values.slice(0, last) : values).map(point).filter(Boolean).join(" ");
  return (
    <svg
      width={w}
      height={h}
      viewBox={`0 0 ${w} ${h}`}
      role="img"
      aria-label={markLast && partialLabel ? `${label} (${partialLabel})` : label}
      className="sparkline"
      data-partial={markLast ? "true" : undefined}
    >
      <polyline points={solid} fill="none" stroke="currentColor" strokeWidth="2" />
      {markLast && (
        <>
          <polyline
            points={`${point(values[last - 1]!, last - 1)} ${point(lastValue, last)}`}
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeDasharray="3 3"
          />
          <circle cx={x(last)} cy={y(lastValue)} r={3} fill="#ffffff" stroke="currentColor" strokeWidth="1.5" />
        </>
      )}
    </svg>
  );
}
