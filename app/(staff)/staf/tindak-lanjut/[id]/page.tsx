import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { parsePeriodKey } from "@/lib/periods/periods";
import { formatDate } from "@/lib/format/format";
import { getFollowUpAction } from "@/lib/follow-up/queries";
import { allowedTransitions, canManageFollowUps, canWorkOnFollowUp, isOverdueFollowUp } from "@/lib/follow-up/rules";
import { basisLabel } from "@/lib/follow-up/labels";
import { ATTACHMENT_MAX_BYTES, formatFileSize } from "@/lib/follow-up/attachments";
import { FollowUpStatusBadge } from "@/components/follow-up/status-badge";
import { ActionForm } from "@/components/complaints/action-form";
import { ActionFieldsForm } from "../_components/action-fields-form";
import { EvidenceUploadForm } from "../_components/evidence-upload-form";
import { actionFormOptions } from "../_components/form-options";
import {
  progressFollowUpActionAction,
  setAttachmentVisibilityAction,
  updateFollowUpActionAction,
  uploadFollowUpEvidenceAction,
} from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Tindak lanjut / Follow-up action" };

export default async function FollowUpDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageCapability("viewFollowUpActions", `/staf/tindak-lanjut/${id}`);
  const action = await getFollowUpAction(id);
  if (!action) notFound();
  const { t, locale } = await getTranslator("followUp");
  const today = toWibDate(new Date());
  const viewer = { id: user.id, role: user.role };
  const mayWork = canWorkOnFollowUp(viewer, action);
  const isManager = canManageFollowUps(user.role);
  const moves = allowedTransitions(viewer, action);
  const period = parsePeriodKey(action.periodKey);
  const d = (day: string) => formatDate(day, locale);
  const nrr = (v: number) => v.toFixed(2).replace(".", locale === "en" ? "." : ",");
  const edit = isManager ? await actionFormOptions("save") : null;
  const facts: [string, string][] = [
    [t("basis"), basisLabel(action.sourceKind, action.sourceCode, locale)],
    [t("owner"), [action.ownerName, action.ownerUnit].filter(Boolean).join(" · ")],
    [t("due"), d(action.dueDay)],
    [t("started"), d(action.startDay)],
    ...(action.doneDay ? [[t("doneOn"), d(action.doneDay)] as [string, string]] : []),
    [t("createdBy"), action.createdBy],
    ...(action.dropReason ? [[t("dropReason"), action.dropReason] as [string, string]] : []),
  ];
  return (
    <article className="stack">
      <p>
        <Link href="/staf/tindak-lanjut">{t("back")}</Link>
      </p>
      <h1>{action.title}</h1>
      <p>
        <FollowUpStatusBadge
          status={action.status}
          label={t(`statuses.${action.status}`)}
          overdueLabel={isOverdueFollowUp(action, today) ? t("overdue") : undefined}
        />{" "}
        <span className="muted">{period ? (locale === "en" ? period.labelEn : period.labelId) : action.periodKey}</span>
      </p>
      <dl className="card">
        {facts.map(([term, value]) => (
          <div key={term} className="row">
            <dt className="muted">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {action.baselineNrr !== null ? (
        <p className="muted small">
          {t("baseline", { code: action.sourceCode, period: action.periodKey, nrr: nrr(action.baselineNrr) })}
        </p>
      ) : null}
      {action.description ? <p style={{ whiteSpace: "pre-wrap" }}>{action.description}</p> : null}
      <section className="card stack" aria-labelledby="evidence-title">
        <h2 id="evidence-title">{t("evidence")}</h2>
        <p style={{ whiteSpace: "pre-wrap" }} data-testid="evidence-text">
          {action.evidenceText || t("noEvidence")}
        </p>
        <h3>{t("attachments")}</h3>
        {action.attachments.length === 0 ? (
          <p>{t("noAttachments")}</p>
        ) : (
          <ul data-testid="attachments">
            {action.attachments.map((a) => (
              <li key={a.id} className="row">
                <a href={`/api/v1/follow-up-actions/${action.id}/attachments/${a.id}`}>{a.fileName}</a>
                <span className="muted small">
                  {a.mediaType} · {formatFileSize(a.size)} · {a.uploadedBy}
                </span>
                <span className={a.isPublic ? "badge badge-ok" : "badge"}>
                  {a.isPublic ? t("public") : t("staffOnly")}
                </span>
                {mayWork ? (
                  <ActionForm
                    action={setAttachmentVisibilityAction}
                    submitLabel={a.isPublic ? t("makePrivate") : t("makePublic")}
                    variant="secondary"
                    className="row"
                  >
                    <input type="hidden" name="id" value={action.id} />
                    <input type="hidden" name="attachmentId" value={a.id} />
                    <input type="hidden" name="isPublic" value={a.isPublic ? "false" : "true"} />
                  </ActionForm>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      {mayWork ? (
        <section className="card stack" aria-labelledby="progress-title">
          <h2 id="progress-title">{t("progressTitle")}</h2>
          <ActionForm action={progressFollowUpActionAction} submitLabel={t("progress")} savedLabel={t("saved")}>
            <input type="hidden" name="id" value={action.id} />
            <div className="field">
              <label htmlFor="fu-status">{t("fields.status")}</label>
              <select id="fu-status" name="status" defaultValue={action.status}>
                {[action.status, ...moves].map((s) => (
                  <option key={s} value={s}>
                    {t(`statuses.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="fu-evidence">{t("fields.evidenceText")}</label>
              <textarea id="fu-evidence" name="evidenceText" rows={4} defaultValue={action.evidenceText} />
            </div>
            {moves.includes("dropped") ? (
              <div className="field">
                <label htmlFor="fu-drop">{t("fields.dropReason")}</label>
                <input id="fu-drop" name="dropReason" />
              </div>
            ) : null}
          </ActionForm>
          <h3>{t("uploadTitle")}</h3>
          <EvidenceUploadForm
            action={uploadFollowUpEvidenceAction}
            id={action.id}
            maxBytes={ATTACHMENT_MAX_BYTES}
            labels={{
              file: t("fields.file", { max: formatFileSize(ATTACHMENT_MAX_BYTES) }),
              isPublic: t("fields.isPublic"),
              submit: t("upload"),
              saved: t("uploaded"),
              tooLarge: t("fileTooLarge", { max: formatFileSize(ATTACHMENT_MAX_BYTES) }),
            }}
          />
        </section>
      ) : (
        <p className="muted">{t("readOnly")}</p>
      )}
      {edit ? (
        <section className="card stack" aria-labelledby="edit-title">
          <h2 id="edit-title">{t("editTitle")}</h2>
          <ActionFieldsForm
            action={updateFollowUpActionAction}
            id={action.id}
            labels={edit.labels}
            basisGroups={edit.basisGroups}
            staff={edit.staff}
            initial={{
              periodKey: action.periodKey,
              basis: `${action.sourceKind}:${action.sourceCode}`,
              title: action.title,
              description: action.description,
              ownerUserId: action.ownerUserId ?? "",
              ownerUnit: action.ownerUnit ?? "",
              dueDay: action.dueDay,
            }}
          />
        </section>
      ) : null}
    </article>
  );
}
