import type { ImportTemplateKind } from "@/lib/imports/template-kinds";

/** Link to an import's .xlsx template (GET /api/v1/import-templates/{kind}; the session authorises it). */
export function TemplateLink({ kind, label }: { kind: ImportTemplateKind; label: string }) {
  return (
    <p>
      <a className="btn btn-secondary btn-small" href={`/api/v1/import-templates/${kind}`} download>
        {label}
      </a>
    </p>
  );
}
