"use client";

import { useRef, useState } from "react";
import { fileNameFrom } from "@/lib/export/file-name";
import { chartToPng, findChartSvg } from "./svg-to-png";

/**
 * "PNG": downloads the chart of the enclosing card (the nearest element with data-png-scope) as an image with its
 * title and period drawn on it, named from both ("tren-ikm-triwulan-ii-2026.png").
 */
export function ChartPngButton({
  title,
  period,
  text,
  label,
  failed,
}: {
  title: string;
  period?: string;
  /** Visible text, e.g. "Unduh PNG". */
  text: string;
  /** Full name for screen readers, e.g. 'Unduh grafik "Tren IKM" sebagai gambar PNG'. */
  label: string;
  /** Said when the picture cannot be made. */
  failed: string;
}) {
  const button = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState(false);
  async function download() {
    setError(false);
    const scope = button.current?.closest("[data-png-scope]");
    const svg = scope ? findChartSvg(scope) : null;
    try {
      if (!svg) throw new Error("No chart");
      const blob = await chartToPng(svg, title, period);
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = `${fileNameFrom(title, period)}.png`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setError(true);
    }
  }
  return (
    <>
      <button
        ref={button}
        type="button"
        className="btn btn-secondary"
        onClick={download}
        aria-label={label}
        data-testid="chart-png"
      >
        {text}
      </button>
      {error ? (
        <span role="alert" className="muted">
          {failed}
        </span>
      ) : null}
    </>
  );
}
