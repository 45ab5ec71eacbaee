"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { OssImportResult } from "@/lib/oss/import-result";
import type { Locale } from "@/lib/i18n/locales";
import { OssImportSummary } from "./oss-import-summary";
import { fill } from "@/components/imports/import-text";
import { FileField } from "@/components/ui/file-field";
import { ImportProgress, useImportUpload } from "@/components/imports/use-import-upload";

/** Upload an OSS Data Proyek file: preview first (nothing stored), then import, with a progress bar for both. */
export function OssImportForm({ labels, locale }: { labels: Record<string, string>; locale: Locale }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState("all-or-nothing");
  const upload = useImportUpload<OssImportResult>();
  const { result, busy } = upload;

  async function send(dryRun: boolean) {
    if (!file) return;
    const query = new URLSearchParams({ mode, fileName: file.name, ...(dryRun ? { dryRun: "1" } : {}) });
    const answer = await upload.send(`/api/v1/oss/projects/import?${query.toString()}`, file);
    if (!dryRun && answer?.committed) router.refresh();
  }

  const canImport =
    result?.dryRun && result.validRows > 0 && (result.errorCount === 0 || mode === "valid-only") && !busy;
  return (
    <div className="stack">
      <div className="card stack">
        <FileField
          id="oss-file"
          label={labels.file}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            upload.reset();
          }}
        />
        <fieldset>
          <legend>{labels.mode}</legend>
          {(["all-or-nothing", "valid-only"] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="oss-mode"
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
              />{" "}
              {value === "all-or-nothing" ? labels.allOrNothing : labels.validOnly}
              <br />
            </label>
          ))}
        </fieldset>
        <div className="form-inline">
          <button className="btn" type="button" disabled={!file || busy} onClick={() => send(true)}>
            {labels.preview}
          </button>
          {canImport && (
            <button className="btn" type="button" onClick={() => send(false)}>
              {fill(labels.import, { count: result.validRows })}
            </button>
          )}
        </div>
      </div>
      <ImportProgress id="oss-progress" upload={upload} labels={labels} />
      {result && !result.dryRun && (
        <div className={`alert ${result.committed ? "alert-ok" : "alert-error"}`} role="status">
          {result.committed ? labels.done : fill(labels.rejected, { count: result.invalidRows })}
        </div>
      )}
      {result && <OssImportSummary result={result} labels={labels} locale={locale} />}
    </div>
  );
}
