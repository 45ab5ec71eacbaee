"use client";
import { useState } from "react";
import Papa from "papaparse";
import { RowErrorsTable } from "@/components/imports/row-errors-table";
import { FileField } from "@/components/ui/file-field";
import { ScrollTable } from "@/components/ui/scroll-table";
import { fill, isXlsxFile, XLSX_TYPE } from "@/components/imports/import-text";
import { ImportProgress, useImportUpload } from "@/components/imports/use-import-upload";
import type { ImportResult } from "@/lib/applications/import-row-types";

/** The import's answer as the route sends it (calendar warnings only where the route had any). */
type Result = Omit<ImportResult, "mode" | "errorCount" | "calendarWarnings"> &
  Partial<Pick<ImportResult, "calendarWarnings">>;

const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, "");

/**
 * CSV or .xlsx import: preview the first rows (CSV read in the browser, .xlsx by POST /api/v1/import-preview, the
 * same reader the import uses), map differently named columns, choose all-or-nothing or valid-rows-only,
 * then upload to POST /api/v1/applications/import with a progress bar (upload progress, then validation).
 */
export function ImportApplicationsForm({
  columns,
  required,
  labels,
}: {
  columns: string[];
  required: string[];
  labels: Record<string, string>;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [headers, setHeaders] = useState<string[]>([]);
  const [preview, setPreview] = useState<string[][]>([]);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [mode, setMode] = useState("all-or-nothing");
  const upload = useImportUpload<Result>();
  const { result, busy } = upload;
  // A preview failure (the .xlsx reader's answer); the upload's own failure is shown by ImportProgress.
  const [failure, setFailure] = useState<string | null>(null);

  function choose(selected: File | null) {
    setFile(selected);
    upload.reset();
    setFailure(null);
    if (!selected) return;
    const show = (head: string[], rows: string[][]) => {
      setHeaders(head);
      setPreview(rows);
      const auto: Record<string, string> = {};
      for (const header of head) auto[header] = columns.find((c) => normalise(c) === normalise(header)) ?? "";
      setMapping(auto);
    };
    if (isXlsxFile(selected)) {
      fetch(`/api/v1/import-preview?expect=${encodeURIComponent(columns.join(","))}`, {
        method: "POST",
        headers: { "content-type": XLSX_TYPE },
        body: selected,
      })
        .then(async (response) => {
          const body = (await response.json()) as {
            preview?: { headers: string[]; rows: { cells: string[] }[] };
            error?: { message: string };
          };
          if (!body.preview) throw new Error(body.error?.message ?? String(response.status));
          show(
            body.preview.headers,
            body.preview.rows.map((row) => row.cells),
          );
        })
        .catch((error: Error) => setFailure(error.message));
      return;
    }
    Papa.parse<string[]>(selected, {
      preview: 6,
      skipEmptyLines: true,
      complete: (parsed) => {
        const [head = [], ...rows] = parsed.data;
        show(head, rows);
      },
    });
  }

  const mapped = new Set(Object.values(mapping).filter(Boolean));
  const missing = required.filter((c) => !mapped.has(c));

  function start() {
    if (!file) return;
    const explicit = Object.fromEntries(
      Object.entries(mapping).filter(([header, column]) => column && normalise(header) !== normalise(column)),
    );
    const params = new URLSearchParams({ mode });
    if (Object.keys(explicit).length > 0) params.set("mapping", JSON.stringify(explicit));
    void upload.send(`/api/v1/applications/import?${params.toString()}`, file);
  }

  return (
    <div className="stack">
      <FileField
        className="card field"
        id="csv-file"
        label={labels.file}
        onChange={(e) => choose(e.target.files?.[0] ?? null)}
      />
      {headers.length > 0 && (
        <>
          <section className="card" aria-labelledby="preview-title">
            <h2 id="preview-title">{fill(labels.preview, { count: preview.length })}</h2>
            <ScrollTable>
              <table>
                <thead>
                  <tr>
                    {headers.map((h) => (
                      <th key={h} scope="col">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {preview.map((row, i) => (
                    <tr key={i}>
                      {row.map((cell, j) => (
                        <td key={j}>{cell}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </section>
          <section className="card" aria-labelledby="mapping-title">
            <h2 id="mapping-title">{labels.mapping}</h2>
            <p className="muted">{labels.mappingHint}</p>
            <div className="grid">
              {headers.map((header, index) => (
                <div className="field" key={header}>
                  <label htmlFor={`map-${index}`}>{header}</label>
                  <select
                    id={`map-${index}`}
                    value={mapping[header] ?? ""}
                    onChange={(e) => setMapping({ ...mapping, [header]: e.target.value })}
                  >
                    <option value="">{labels.ignore}</option>
                    {columns.map((c) => (
                      <option key={c} value={c}>
                        {c}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
            {missing.length > 0 && (
              <p className="alert alert-warn" role="status">
                {fill(labels.missing, { columns: missing.join(", ") })}
              </p>
            )}
          </section>
          <fieldset className="card">
            <legend>{labels.mode}</legend>
            <label>
              <input
                type="radio"
                name="mode"
                value="all-or-nothing"
                checked={mode === "all-or-nothing"}
                onChange={() => setMode("all-or-nothing")}
              />{" "}
              {labels.allOrNothing}
            </label>
            <br />
            <label>
              <input
                type="radio"
                name="mode"
                value="valid-only"
                checked={mode === "valid-only"}
                onChange={() => setMode("valid-only")}
              />{" "}
              {labels.validOnly}
            </label>
          </fieldset>
          <div>
            <button className="btn" type="button" onClick={start} disabled={busy || missing.length > 0}>
              {labels.start}
            </button>
          </div>
        </>
      )}
      <ImportProgress id="import-progress" upload={upload} labels={labels} />
      {failure && (
        <div className="alert alert-error" role="alert">
          {fill(labels.failed, { message: failure })}
        </div>
      )}
      {result && (
        <div className={`alert ${result.committed ? "alert-ok" : "alert-error"}`} role="status">
          {result.committed
            ? fill(labels.done, { imported: result.imported, created: result.created, updated: result.updated })
            : fill(labels.rejected, { count: result.invalidRows })}
        </div>
      )}
      {result && result.committed && (result.calendarWarnings?.length ?? 0) > 0 && (
        <div className="alert alert-warn" role="status" data-testid="calendar-notice">
          {result.calendarWarnings?.map((w) => (
            <p key={`${w.code}-${w.year}`}>
              {fill(w.code === "HOLIDAYS_MISSING" ? labels.calendarMissing : labels.calendarProvisional, {
                year: w.year,
              })}
            </p>
          ))}
        </div>
      )}
      {result && result.errors.length > 0 && (
        <section className="card" aria-labelledby="errors-title">
          <h2 id="errors-title">{labels.errors}</h2>
          <RowErrorsTable
            caption={labels.errors}
            rows={result.errors}
            labels={{ line: labels.line, column: labels.column, reason: labels.reason }}
          />
        </section>
      )}
    </div>
  );
}
