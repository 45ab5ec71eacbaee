import type { Locale } from "../i18n/locales";
import { createTranslator, type Translator } from "../i18n/translate";

/**
 * A gap as a sentence in the translator's language; the missing standard components are named as the dashboard
 * names them ("sarana dan prasarana", …).
 */
export function gapText(
  t: Translator,
  gap: { key: string; vars?: Record<string, string | number> },
  locale: Locale,
): string {
  if (gap.key === "standardMissing" && gap.vars) {
    const names = createTranslator(locale, "dashboard");
    const components = String(gap.vars.components)
      .split(",")
      .map((c) => names(`standards.gap.${c}`))
      .join(", ");
    return t("gapText.standardMissing", { ...gap.vars, components });
  }
  return t(`gapText.${gap.key}`, gap.vars);
}
