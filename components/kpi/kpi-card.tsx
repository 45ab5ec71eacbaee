import Link from "next/link";
import { Sparkline } from "./sparkline";
import type { KpiStatus } from "@/lib/kpi/status";

const TONE: Record<KpiStatus, "ok" | "warn" | "bad" | undefined> = {
  met: "ok",
  at_risk: "warn",
  missed: "bad",
  no_data: undefined,
};

/** One KPI of the leadership scorecard: value, target, status, change and trend, with a link to its detail. */
export function KpiCard(props: {
  code: string;
  title: string;
  value: string;
  target: string;
  targetLabel: string;
  status: KpiStatus;
  statusLabel: string;
  change: string | null;
  changeLabel: string;
  trend: (number | null)[];
  trendLabel: string;
  /** Omitted when the reader may not open the detail page. */
  detailHref?: string;
  detailLabel: string;
  grade?: string | null;
  /** Said when the period is still running: "Periode berjalan: angka (sebagian, s.d. 6 Desember), belum lengkap." */
  partialNote?: string | null;
}) {
  const tone = TONE[props.status];
  return (
    <section className="card kpi-card" aria-labelledby={`kpi-${props.code}`} data-testid={`kpi-${props.code}`}>
      <h2 id={`kpi-${props.code}`} className="kpi-title">
        {props.title}
      </h2>
      <div className="row">
        <span className="kpi-value" data-testid={`kpi-${props.code}-value`}>
          {props.value}
        </span>
        {props.grade && (
          <span className={`grade grade-${props.grade}`} aria-label={`Mutu ${props.grade}`}>
            {props.grade}
          </span>
        )}
      </div>
      {props.partialNote ? (
        <p className="small badge badge-warn" data-testid={`kpi-${props.code}-partial`}>
          {props.partialNote}
        </p>
      ) : null}
      <p className="small">
        {props.targetLabel}: <strong>{props.target}</strong>{" "}
        <span className={`badge${tone ? ` badge-${tone}` : ""}`} data-testid={`kpi-${props.code}-status`}>
          {props.statusLabel}
        </span>
      </p>
      {props.change && (
        <p className="small muted">
          {props.changeLabel}: {props.change}
        </p>
      )}
      <Sparkline
        values={props.trend}
        label={props.trendLabel}
        lastPartial={Boolean(props.partialNote)}
        partialLabel={props.partialNote ?? undefined}
      />
      {props.detailHref ? (
        <p className="small">
          <Link href={props.detailHref}>
            {props.detailLabel} <span className="sr-only">{props.title}</span>
          </Link>
        </p>
      ) : null}
    </section>
  );
}
