import type { Translator } from "@/lib/i18n/translate";
import type { PerceptionComparison } from "@/lib/skm/perception-join";
import { ScrollTable } from "@/components/ui/scroll-table";
import { ColumnHeader } from "@/components/ui/column-header";

/**
 * One perception comparison (speed or cost): per licence type and over all types, each group's respondents and mean
 * answer, and the difference; hidden rows say why and show no figure.
 */
export function PerceptionTable({
  comparison,
  typeName,
  labels,
  t,
  format,
  testId,
}: {
  comparison: PerceptionComparison;
  typeName: (licenseTypeId: number) => string;
  labels: { a: string; b: string };
  t: Translator;
  format: (value: number) => string;
  testId: string;
}) {
  const { total, minN } = comparison;
  const cells = (row: {
    a: { n: number; mean: number } | null;
    b: { n: number; mean: number } | null;
    difference: number | null;
  }) => (
    <>
      <td className="num">{row.a?.n}</td>
      <td className="num">{row.a ? format(row.a.mean) : ""}</td>
      <td className="num">{row.b?.n}</td>
      <td className="num">{row.b ? format(row.b.mean) : ""}</td>
      <td className="num">{row.difference === null ? "" : format(row.difference)}</td>
    </>
  );
  return (
    <ScrollTable>
      <table data-testid={testId}>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t("licenseType")}
            </th>
            <th scope="colgroup" colSpan={2}>
              {labels.a}
            </th>
            <th scope="colgroup" colSpan={2}>
              {labels.b}
            </th>
            <ColumnHeader num rowSpan={2}>
              {t("difference")}
            </ColumnHeader>
          </tr>
          <tr>
            <ColumnHeader num>{t("respondents")}</ColumnHeader>
            <ColumnHeader num>{t("mean")}</ColumnHeader>
            <ColumnHeader num>{t("respondents")}</ColumnHeader>
            <ColumnHeader num>{t("mean")}</ColumnHeader>
          </tr>
        </thead>
        <tbody>
          <tr data-row="total">
            <th scope="row">{t("allTypes")}</th>
            {total.shown ? cells(total) : <td colSpan={5}>{t("totalHidden", { minN })}</td>}
          </tr>
          {comparison.rows.map((row) => (
            <tr key={row.licenseTypeId} data-shown={String(row.shown)}>
              <th scope="row">{typeName(row.licenseTypeId)}</th>
              {row.shown ? (
                cells(row)
              ) : (
                <td colSpan={5} className="muted">
                  {t(`hidden.${row.hiddenBecause}`, { minN })}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
