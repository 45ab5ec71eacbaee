"use client";
import type { OssImportResult } from "@/lib/oss/import-result";
import { formatCount, formatRupiah } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locales";
import { RowErrorsTable } from "@/components/imports/row-errors-table";
import { ScrollTable } from "@/components/ui/scroll-table";
import { fill } from "@/components/imports/import-text";
import { ColumnHeader } from "@/components/ui/column-header";

/** What an OSS import preview or result says: missing headers, counts, errors, notes, scale differences, rows. */
export function OssImportSummary({
  result,
  labels,
  locale,
}: {
  result: OssImportResult;
  labels: Record<string, string>;
  locale: Locale;
}) {
  const actionLabel = { create: labels.actionCreate, update: labels.actionUpdate, unchanged: labels.actionUnchanged };
  return (
    <section className="card stack" aria-labelledby="oss-summary-title" data-testid="oss-summary">
      <h2 id="oss-summary-title">{result.dryRun ? labels.previewTitle : labels.resultTitle}</h2>
      {result.missingHeaderMessages.length > 0 && (
        <div className="alert alert-warn" role="status" data-testid="oss-missing-headers">
          <p>{labels.missingHeaders}</p>
          <ul>
            {result.missingHeaderMessages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      <p data-testid="oss-counts">
        {fill(labels.counts, {
          rows: result.rows,
          created: result.created,
          updated: result.updated,
          unchanged: result.unchanged,
          linked: result.linked,
        })}
      </p>
      {result.ambiguous > 0 && (
        <p className="alert alert-warn">{fill(labels.ambiguous, { count: result.ambiguous })}</p>
      )}
      <p>{fill(labels.total, { total: formatRupiah(BigInt(result.totalInvestment), locale) })}</p>
      <RowErrorsTable
        caption={fill(labels.errorsTitle, { count: result.errorCount })}
        rows={result.errors}
        labels={{ line: labels.line, column: labels.column, reason: labels.reason }}
      />
      <RowErrorsTable
        caption={fill(labels.warningsTitle, { count: result.warningCount })}
        rows={result.warnings}
        labels={{ line: labels.line, column: labels.column, reason: labels.reason }}
      />
      {result.scaleDifferences.length > 0 && (
        <ScrollTable>
          <table>
            <caption>{fill(labels.scaleTitle, { count: result.scaleDifferenceCount })}</caption>
            <thead>
              <tr>
                <th scope="col">{labels.line}</th>
                <th scope="col">{labels.colProject}</th>
                <th scope="col">{labels.colCompany}</th>
                <th scope="col">{labels.colOssScale}</th>
                <th scope="col">{labels.colDerived}</th>
                <th scope="col">{labels.colBasis}</th>
              </tr>
            </thead>
            <tbody>
              {result.scaleDifferences.map((row) => (
                <tr key={row.line}>
                  <td>{row.line}</td>
                  <td>{row.idProyek}</td>
                  <td>{row.companyName}</td>
                  <td>{row.ossScale}</td>
                  <td>{row.derivedScale}</td>
                  <td>{row.basis}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="small muted">{labels.scaleHint}</p>
        </ScrollTable>
      )}
      {result.plannedRows.length > 0 && (
        <ScrollTable>
          <table data-testid="oss-rows">
            <caption>{labels.rowsTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{labels.line}</th>
                <th scope="col">{labels.colProject}</th>
                <th scope="col">{labels.colCompany}</th>
                <th scope="col">{labels.colAction}</th>
                <ColumnHeader num>{labels.colInvestment}</ColumnHeader>
                <th scope="col">{labels.colLink}</th>
              </tr>
            </thead>
            <tbody>
              {result.plannedRows.map((row) => (
                <tr key={row.line}>
                  <td>{row.line}</td>
                  <td>{row.idProyek}</td>
                  <td>{row.companyName}</td>
                  <td>{actionLabel[row.action]}</td>
                  <td className="num">{formatCount(BigInt(row.investmentValue), locale)}</td>
                  <td>
                    {row.link
                      ? `${row.link.registrationNo ?? "?"} (${row.link.basis})`
                      : row.ambiguousCandidates > 0
                        ? fill(labels.linkAmbiguous, { count: row.ambiguousCandidates })
                        : labels.notLinked}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}
