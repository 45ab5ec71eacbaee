"use client";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

type Series = { key: string; label: string; color: string };

/** A bar chart; the page always shows the same figures in a table, so the chart is decorative for screen readers. */
export function ProcessingBarChart({
  data,
  xKey,
  series,
  height = 260,
  layout = "horizontal",
}: {
  data: Record<string, string | number | null>[];
  xKey: string;
  series: Series[];
  height?: number;
  layout?: "horizontal" | "vertical";
}) {
  return (
    <div aria-hidden="true" style={{ width: "100%", height }}>
      <ResponsiveContainer>
        <BarChart
          accessibilityLayer={false}
          data={data}
          layout={layout}
          margin={{ top: 8, right: 16, bottom: 8, left: layout === "vertical" ? 110 : 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          {layout === "vertical" ? (
            <>
              <XAxis type="number" />
              <YAxis type="category" dataKey={xKey} width={110} />
            </>
          ) : (
            <>
              <XAxis dataKey={xKey} />
              <YAxis />
            </>
          )}
          <Tooltip />
          {series.length > 1 && <Legend />}
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function ProcessingLineChart({
  data,
  xKey,
  series,
  height = 260,
  percent = false,
}: {
  data: Record<string, string | number | null>[];
  xKey: string;
  series: Series[];
  height?: number;
  percent?: boolean;
}) {
  return (
    <div aria-hidden="true" style={{ width: "100%", height }}>
      <ResponsiveContainer>
        <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey={xKey} />
          <YAxis yAxisId="left" />
          {percent && <YAxis yAxisId="right" orientation="right" domain={[0, 100]} unit="%" />}
          <Tooltip />
          <Legend />
          {series.map((s, index) => (
            <Line
              key={s.key}
              yAxisId={percent && index > 0 ? "right" : "left"}
              type="monotone"
              dataKey={s.key}
              name={s.label}
              stroke={s.color}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
