/**
 * Drill-down of the SKM dashboard's per-element chart (issue 16): an element's (unsur's) bar opens the dashboard's
 * detail of that element — `/staf/skm?…&unsur=U3#unsur` — for the same period and filters, where the element's NRR
 * (the bar's figure), its answers and its NRR per counter are shown. Same page, same capability: no link answers
 * 403. Pure.
 */
import { drillHref, drillName, type ChartLink, type DrillQuery } from "../drilldown/chart-link";
import { formatDecimal } from "../format/format";
import type { Locale } from "../i18n/locales";
import { roundHalfUp } from "./rounding";
import { INDEX_DECIMALS } from "./constants";
import { ELEMENT_PARAM } from "./schemas";

/** The element's bar → the dashboard with `query` (its period and filters, in order) and the element's detail. */
export function elementBarLink(
  query: DrillQuery,
  element: { code: string; label: string; nrr: number | null },
  series: string,
  locale: Locale,
): ChartLink {
  return {
    href: `${drillHref("/staf/skm", [...query, [ELEMENT_PARAM, element.code]])}#${ELEMENT_PARAM}`,
    name: drillName(
      element.label,
      element.nrr === null ? [] : [[series, formatDecimal(element.nrr, locale, 2)]],
      locale,
    ),
  };
}

/** An element's NRR from its summed answers (Σ answers ÷ answers, rounded like the index engine); null when none. */
export function elementNrr(sum: number, count: number): number | null {
  return count === 0 ? null : roundHalfUp(sum / count, INDEX_DECIMALS);
}

/**
 * The dashboard's period and filters as drill-down query values, in the order the dashboard reads them: a custom
 * range as `dari`/`sampai`, a calendar period as `kind`/`period`.
 */
export function skmDrillQuery(state: {
  kind: string;
  period: { key: string; from: string; to: string };
  questionnaire: string;
  licenseType?: string;
  counter?: string;
  channel?: string;
}): DrillQuery {
  const period: DrillQuery =
    state.kind === "custom"
      ? [
          ["dari", state.period.from],
          ["sampai", state.period.to],
        ]
      : [
          ["kind", state.kind],
          ["period", state.period.key],
        ];
  return [
    ...period,
    ["questionnaire", state.questionnaire],
    ["licenseType", state.licenseType],
    ["counter", state.counter],
    ["channel", state.channel],
  ];
}
