/** Names of the investment dashboard's group values, shared by the page, its print view and its Excel download. */
import type { Translator } from "../i18n/translate";
import { BKPM_SECTORS } from "./sectors";

/** Label maker for group values of each dimension (sector code → name, kecamatan code → name, scale → label). */
export function groupLabeler(t: Translator, kecamatan: { code: string; name: string }[]) {
  const sectors = new Map<string, string>(BKPM_SECTORS.map((s) => [s.code, s.name]));
  const districts = new Map(kecamatan.map((k) => [k.code, k.name]));
  return (dimension: string | undefined, value: string | null): string => {
    if (value === null) return t("chart.unknown");
    if (dimension === "sector") return sectors.get(value) ?? value;
    if (dimension === "kecamatan") return districts.get(value) ?? value;
    if (dimension === "scale") return t(`scales.${value}`);
    if (dimension === "sectorGroup") return t(`sectorGroups.${value}`);
    return value;
  };
}
