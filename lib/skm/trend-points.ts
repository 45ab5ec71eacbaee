/**
 * The IKM trend as the SKM dashboard draws it (issue 16): each period's label (with "*" while it is still running)
 * and its drill-down link, the dashboard for that period with the page's filters kept. Pure: `today` is passed in.
 */
import { isPartialPeriod } from "../periods/partial";
import { parsePeriodKey } from "../periods/periods";
import { drillName } from "../drilldown/chart-link";
import { formatDecimal } from "../format/format";

export type TrendPointInput = { key: string; label: string; labelEn: string; ikm: number | null };

/** `linkLabel`: the point's link named with its figure, "Triwulan II 2026: IKM 87,36 — buka rincian". */
export type DrawnTrendPoint = {
  label: string;
  ikm: number | null;
  partial: boolean;
  href: string;
  name: string;
  linkLabel: string;
};

export function drawnTrendPoints(
  points: readonly TrendPointInput[],
  options: { today: string; en: boolean; trendKind: string; filters: Readonly<Record<string, string | undefined>> },
): DrawnTrendPoint[] {
  const filters = Object.entries(options.filters).filter((e): e is [string, string] => typeof e[1] === "string");
  return points.map((point) => {
    const bounds = parsePeriodKey(point.key);
    const partial = bounds !== null && isPartialPeriod(bounds, options.today);
    const name = options.en ? point.labelEn : point.label;
    const query = new URLSearchParams([...filters, ["kind", options.trendKind], ["period", point.key]]);
    const locale = options.en ? "en" : "id";
    const figures = point.ikm === null ? [] : [["IKM", formatDecimal(point.ikm, locale, 2)] as const];
    return {
      label: `${name}${partial ? " *" : ""}`,
      ikm: point.ikm,
      partial,
      href: `/staf/skm?${query}`,
      name,
      linkLabel: drillName(name, figures, locale),
    };
  });
}
