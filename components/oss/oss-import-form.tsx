"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { OssImportResult } from "@/lib/oss/import-result";
import type { Locale } from "@/lib/i18n/locales";
import { fill, OssImportSummary } from "./oss-import-summary";
import { FileField } from "@/components/ui/file-field";

type Phase = "idle" | "uploading" | "processing" | "done";

/** Sends the file to POST /api/v1/oss/projects/import with upload progress; resolves with the result or a message. */
function upload(
  file: File,
  query: URLSearchParams,
  onPhase: (phase: Phase, percent: number | null) => void,
): Promise<{ result?: OssImportResult; message?: string }> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/api/v1/oss/projects/import?${query.toString()}`);
    const isXlsx = file.name.toLowerCase().endsWith(".xlsx");
    request.setRequestHeader(
      "content-type",
      isXlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv",
    );
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onPhase("uploading", Math.round((event.loaded / event.total) * 100));
    };
    request.upload.onload = () => onPhase("processing", null);
    request.onload = () => {
      try {
        const body = JSON.parse(request.responseText) as { result?: OssImportResult; error?: { message: string } };
        resolve({
          result: body.result,
          message: body.result ? undefined : (body.error?.message ?? String(request.status)),
        });
      } catch {
        resolve({ message: String(request.status) });
      }
    };
    request.onerror = () => resolve({ message: "network" });
    onPhase("uploading", 0);
    request.send(file);
  });
}

/** Upload an OSS Data Proyek file: preview first (nothing stored), then import, with a progress bar for both. */
export function OssImportForm({ labels, locale }: { labels: Record<string, string>; locale: Locale }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState("all-or-nothing");
  const [phase, setPhase] = useState<Phase>("idle");
  const [percent, setPercent] = useState<number | null>(null);
  const [result, setResult] = useState<OssImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function send(dryRun: boolean) {
    if (!file) return;
    setResult(null);
    setFailure(null);
    const query = new URLSearchParams({ mode, fileName: file.name, ...(dryRun ? { dryRun: "1" } : {}) });
    const answer = await upload(file, query, (next, value) => {
      setPhase(next);
      setPercent(value);
    });
    setPhase("done");
    if (answer.result) setResult(answer.result);
    else setFailure(answer.message ?? "?");
    if (!dryRun && answer.result?.committed) router.refresh();
  }

  const busy = phase === "uploading" || phase === "processing";
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
            setResult(null);
            setPhase("idle");
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
      {busy && (
        <div className="card" role="status" aria-live="polite">
          <label htmlFor="oss-progress">{phase === "uploading" ? labels.uploading : labels.processing}</label>
          <progress id="oss-progress" max={100} value={percent ?? undefined} style={{ width: "100%" }} />
        </div>
      )}
      {failure && (
        <div className="alert alert-error" role="alert">
          {fill(labels.failed, { message: failure })}
        </div>
      )}
      {result && !result.dryRun && (
        <div className={`alert ${result.committed ? "alert-ok" : "alert-error"}`} role="status">
          {result.committed ? labels.done : fill(labels.rejected, { count: result.invalidRows })}
        </div>
      )}
      {result && <OssImportSummary result={result} labels={labels} locale={locale} />}
    </div>
  );
}
