"use client";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type BarDatum = { label: string; value: number | null; highlight?: boolean };

/** Horizontal bars (per-element NRR, profile, info sources); highlighted bars are the improvement priorities. */
export function HorizontalBarChart({
  data,
  domain,
  ariaLabel,
  decimals = 0,
  labelWidth = 170,
}: {
  data: BarDatum[];
  domain?: [number, number];
  ariaLabel: string;
  decimals?: number;
  labelWidth?: number;
}) {
  const height = Math.max(160, data.length * 34 + 40);
  return (
    <div role="img" aria-label={ariaLabel} style={{ width: "100%", height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={domain ?? [0, "auto"]} tickFormatter={(v: number) => v.toFixed(decimals)} />
          <YAxis type="category" dataKey="label" width={labelWidth} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v) => (typeof v === "number" ? v.toFixed(decimals) : String(v))} />
          <Bar dataKey="value" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.label} fill={d.highlight ? "#b91c1c" : "#0b5c7a"} />
            ))}
            <LabelList
              dataKey="value"
              position="right"
              formatter={(v) => (typeof v === "number" ? v.toFixed(decimals) : "")}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export type TrendDatum = { label: string; ikm: number | null };

/** IKM across periods, with the grade boundaries (PermenPANRB 14/2017) as reference lines. */
export function IkmTrendChart({ data, ariaLabel }: { data: TrendDatum[]; ariaLabel: string }) {
  return (
    <div role="img" aria-label={ariaLabel} style={{ width: "100%", height: 260 }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 24, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis domain={[60, 100]} />
          <ReferenceLine y={88.31} stroke="#166534" strokeDasharray="4 4" label={{ value: "A", position: "right" }} />
          <ReferenceLine y={76.61} stroke="#0b5c7a" strokeDasharray="4 4" label={{ value: "B", position: "right" }} />
          <ReferenceLine y={65} stroke="#92400e" strokeDasharray="4 4" label={{ value: "C", position: "right" }} />
          <Tooltip />
          <Line
            type="monotone"
            dataKey="ikm"
            stroke="#0b5c7a"
            strokeWidth={2}
            connectNulls
            isAnimationActive={false}
            dot
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
