import { getTranslator } from "@/lib/i18n/server";
import { ChartPngButton } from "./chart-png-button";

/**
 * The "Unduh PNG" button of a chart card, in the reader's language. Put it inside the element that holds the chart
 * and mark that element with `data-png-scope`.
 */
export async function ChartPng({ title, period }: { title: string; period?: string }) {
  const { t } = await getTranslator("exports");
  return (
    <ChartPngButton
      title={title}
      period={period}
      text={t("pngText")}
      label={t("pngLabel", { title })}
      failed={t("pngFailed")}
    />
  );
}
