"use client";

import { useRef, useState, useSyncExternalStore } from "react";
import { fileNameFrom } from "@/lib/export/file-name";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import id from "@/lib/i18n/messages/id/exports.json";
import en from "@/lib/i18n/messages/en/exports.json";
import { chartToPng, findChartLegend, findChartSvg } from "./svg-to-png";

const WORDS = { id, en } as const;
const noSubscription = () => () => {};
/** The page's language (<html lang>), read on the client; Indonesian on the server. */
function usePageLocale(): Locale {
  return useSyncExternalStore(
    noSubscription,
    () => (isLocale(document.documentElement.lang) ? document.documentElement.lang : "id"),
    () => "id",
  );
}

/** The chart's title: given, else the heading or caption of the card around it. */
function titleOf(scope: Element, given: string | undefined): string {
  if (given) return given;
  const card = scope.closest("section, figure, .card") ?? scope;
  return card.querySelector("h2, h3, figcaption")?.textContent?.trim() || "grafik";
}

/** The period: given, else the nearest `data-png-period` around the chart, else the page's `data-page-period`. */
function periodOf(scope: Element, given: string | undefined): string | undefined {
  if (given) return given;
  const around = scope.closest("[data-png-period]")?.getAttribute("data-png-period");
  return around || document.querySelector("[data-page-period]")?.getAttribute("data-page-period") || undefined;
}

/**
 * "Unduh PNG": downloads the chart of the enclosing element marked `data-png-scope` as an image with its title and
 * period drawn on it, named from both ("tren-ikm-triwulan-ii-2026.png"). Used by every ChartFrame.
 */
export function ChartPngButton({ title, period }: { title?: string; period?: string }) {
  const words = WORDS[usePageLocale()];
  const button = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState(false);
  async function download() {
    setError(false);
    const scope = button.current?.closest("[data-png-scope]");
    const svg = scope ? findChartSvg(scope) : null;
    try {
      if (!scope || !svg) throw new Error("No chart");
      const name = titleOf(scope, title);
      const when = periodOf(scope, period);
      const blob = await chartToPng(svg, name, when, findChartLegend(scope));
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = `${fileNameFrom(name, when)}.png`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setError(true);
    }
  }
  return (
    <div className="row no-print">
      <button
        ref={button}
        type="button"
        className="btn btn-secondary btn-small"
        onClick={download}
        aria-label={title ? words.pngLabel.replace("{title}", title) : words.pngLabelGeneric}
        data-testid="chart-png"
      >
        {words.pngText}
      </button>
      {error ? (
        <span role="alert" className="muted">
          {words.pngFailed}
        </span>
      ) : null}
    </div>
  );
}
