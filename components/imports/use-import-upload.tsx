"use client";
import { useState } from "react";
import { fill, isXlsxFile, XLSX_TYPE } from "./import-text";

/** Where an upload stands: choosing, sending the bytes (with a percentage), waiting for the server, answered. */
export type UploadPhase = "idle" | "uploading" | "processing" | "done";

/**
 * The upload step the import forms share (OSS Data Proyek, applications): POSTs a CSV or .xlsx file as the raw body
 * with its content type, reports the upload percentage and then the server's turn, and keeps the answer's `result`
 * (an import result, also when nothing was stored) or the error's message.
 */
export function useImportUpload<Result>() {
  const [phase, setPhase] = useState<UploadPhase>("idle");
  const [percent, setPercent] = useState<number | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  /** Back to the start (a new file was chosen). */
  function reset() {
    setPhase("idle");
    setPercent(null);
    setResult(null);
    setFailure(null);
  }

  /** Sends `file` to `url`; resolves with the result (null on a failure, then `failure` says why). */
  function send(url: string, file: File): Promise<Result | null> {
    setResult(null);
    setFailure(null);
    return new Promise((resolve) => {
      const request = new XMLHttpRequest();
      request.open("POST", url);
      request.setRequestHeader("content-type", isXlsxFile(file) ? XLSX_TYPE : "text/csv");
      request.upload.onprogress = (event) => {
        if (event.lengthComputable) setPercent(Math.round((event.loaded / event.total) * 100));
      };
      request.upload.onload = () => {
        setPhase("processing");
        setPercent(null);
      };
      const fail = (message: string) => {
        setPhase("done");
        setFailure(message);
        resolve(null);
      };
      request.onload = () => {
        let body: { result?: Result; error?: { message: string } };
        try {
          body = JSON.parse(request.responseText) as typeof body;
        } catch {
          return fail(String(request.status));
        }
        if (!body.result) return fail(body.error?.message ?? String(request.status));
        setPhase("done");
        setResult(body.result);
        resolve(body.result);
      };
      request.onerror = () => fail("network");
      setPhase("uploading");
      setPercent(0);
      request.send(file);
    });
  }

  return { phase, percent, result, failure, busy: phase === "uploading" || phase === "processing", send, reset };
}

/** The upload's progress bar while it runs (indeterminate during the server's turn) and its failure, if any. */
export function ImportProgress({
  id,
  upload,
  labels,
}: {
  id: string;
  upload: { phase: UploadPhase; percent: number | null; failure: string | null; busy: boolean };
  labels: Record<string, string>;
}) {
  return (
    <>
      {upload.busy && (
        <div className="card" role="status" aria-live="polite">
          <label htmlFor={id}>{upload.phase === "uploading" ? labels.uploading : labels.processing}</label>
          <progress id={id} max={100} value={upload.percent ?? undefined} style={{ width: "100%" }} />
        </div>
      )}
      {upload.failure && (
        <div className="alert alert-error" role="alert">
          {fill(labels.failed, { message: upload.failure })}
        </div>
      )}
    </>
  );
}
