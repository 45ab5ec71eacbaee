/**
 * Drill-down that keeps its context (issue 16): a KPI card's "Rincian" opens its detail page for the scorecard's
 * period, so the 2026 IKM opens the SKM dashboard for 2026 (not the default last quarter). The SKM dashboard reads
 * a calendar period by kind and key; the other dashboards read a date range (`dari`/`sampai`). Pure.
 */
import { skmDashboardQuery } from "../skm/dashboard-params";
import type { Period } from "../periods/periods";

/** Pages whose period comes from `dari`/`sampai` in the URL. */
const RANGE_PAGES = new Set(["/staf/waktu-proses", "/staf/pengaduan/metrik", "/staf/investasi"]);

/** `href` ("/staf/skm", "/staf/waktu-proses#h-agency-section") with the period's query; other pages unchanged. */
export function detailHrefForPeriod(href: string, period: Period): string {
  const hashIndex = href.indexOf("#");
  const path = hashIndex === -1 ? href : href.slice(0, hashIndex);
  const hash = hashIndex === -1 ? "" : href.slice(hashIndex);
  if (path === "/staf/skm") return `${path}?${skmDashboardQuery(period)}${hash}`;
  if (RANGE_PAGES.has(path)) return `${path}?dari=${period.from}&sampai=${period.to}${hash}`;
  return href;
}
