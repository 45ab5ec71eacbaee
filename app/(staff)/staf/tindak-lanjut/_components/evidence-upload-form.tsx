"use client";
import { useActionState, useState } from "react";
import { IDLE, type ActionState } from "@/lib/action-state";

/**
 * Uploads one evidence file. The browser refuses a file over the limit before sending it (the server checks size
 * and type again, by content, and answers with the same kind of message).
 */
export function EvidenceUploadForm(props: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  id: string;
  maxBytes: number;
  labels: {
    file: string;
    isPublic: string;
    submit: string;
    saved: string; /** With {size}: the message for a file over the limit. */
    tooLarge: string;
  };
}) {
  const [state, formAction, pending] = useActionState(props.action, IDLE);
  const [localError, setLocalError] = useState<string | null>(null);
  const error = localError ?? (state.status === "error" ? (state.fields?.file ?? state.message) : null);
  return (
    <form
      action={formAction}
      className="stack"
      onSubmit={(event) => {
        const input = event.currentTarget.elements.namedItem("file") as HTMLInputElement | null;
        const file = input?.files?.[0];
        if (file && file.size > props.maxBytes) {
          event.preventDefault();
          const size = `${(Math.ceil((file.size / 1024 / 1024) * 10) / 10).toString().replace(".", ",")} MB`;
          setLocalError(props.labels.tooLarge.replace("{size}", size));
        } else setLocalError(null);
      }}
    >
      <input type="hidden" name="id" value={props.id} />
      <div className="field">
        <label htmlFor="evidence-file">{props.labels.file}</label>
        <input
          id="evidence-file"
          name="file"
          type="file"
          accept="image/jpeg,image/png,image/webp,application/pdf"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "evidence-file-error" : undefined}
        />
        {error ? (
          <span id="evidence-file-error" className="error" role="alert">
            {error}
          </span>
        ) : null}
      </div>
      <label className="row" style={{ gap: "0.25rem" }}>
        <input type="checkbox" name="isPublic" value="true" /> {props.labels.isPublic}
      </label>
      {state.status === "ok" && !localError ? (
        <p className="alert alert-ok" role="status">
          {props.labels.saved}
        </p>
      ) : null}
      <div>
        <button className="btn btn-secondary" type="submit" disabled={pending}>
          {props.labels.submit}
        </button>
      </div>
    </form>
  );
}
