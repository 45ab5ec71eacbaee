import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { COMPLAINT_CATEGORIES, isOpenStatus } from "@/lib/complaints/complaint-rules";
import { getComplaintDetail, listComplaintHandlers } from "@/lib/complaints/queries";
import { listHandlingCategories } from "@/lib/complaints/handling-category-queries";
import { MAX_HANDLING_DAYS } from "@/lib/complaints/handling-categories";
import { SelectField, TextField } from "@/components/ui/field";
import { CalendarNotice } from "@/components/calendar/calendar-notice";
import { ComplaintHistory } from "@/components/complaints/complaint-history";
import { ActionForm } from "@/components/complaints/action-form";
import { ComplaintFacts } from "./_components/complaint-facts";
import {
  addNoteAction,
  answerComplaintAction,
  assignComplaintAction,
  changeCategoryAction,
  closeComplaintAction,
  extendDeadlineAction,
  resolveComplaintAction,
  verifyComplaintAction,
} from "../actions";

export const dynamic = "force-dynamic";

export default async function ComplaintDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageCapability("handleComplaints", `/staf/pengaduan/${id}`);
  const { t, locale } = await getTranslator("complaints");
  const complaint = await getComplaintDetail(id, user.role, toWibDate(new Date()));
  if (!complaint) notFound();
  const [handlers, handlingCategories] = await Promise.all([
    listComplaintHandlers(),
    listHandlingCategories({ includeInactive: true }),
  ]);
  const categoryLabel = (code: string | null) => {
    const found = handlingCategories.find((c) => c.code === code);
    return found
      ? t("staff.handlingCategoryDays", { name: locale === "en" ? found.nameEn : found.name, days: found.deadlineDays })
      : "—";
  };
  const activeCategories = handlingCategories.filter((c) => c.active);
  const isOpen = isOpenStatus(complaint.status);
  const hidden = <input type="hidden" name="complaintId" value={complaint.id} />;
  return (
    <div className="stack">
      <p>
        <Link href="/staf/pengaduan">{t("staff.back")}</Link>
      </p>
      <h1>{t("staff.detailTitle", { ticket: complaint.ticketNo })}</h1>
      <CalendarNotice warnings={complaint.calendarWarnings} showAdminLink={user.role === "ADMIN"} />
      <section className="card stack">
        <p>
          <span className="badge" data-testid="staff-complaint-status">
            {t(`statuses.${complaint.status}`)}
          </span>{" "}
          {complaint.isOverdue && <span className="badge badge-bad">{t("staff.overdue")}</span>}
        </p>
        <ComplaintFacts complaint={complaint} t={t} locale={locale} categoryLabel={categoryLabel} />
        {/* Citizen text is rendered as text (React escapes it), never as HTML. */}
        <blockquote data-testid="complaint-text" style={{ whiteSpace: "pre-wrap", margin: 0 }}>
          {complaint.text}
        </blockquote>
        {complaint.publicAnswer && (
          <>
            <h2>{t("staff.publicAnswer")}</h2>
            <p style={{ whiteSpace: "pre-wrap" }}>{complaint.publicAnswer}</p>
          </>
        )}
      </section>

      {isOpen && complaint.verification === "pending" && (
        <section className="card stack" aria-labelledby="verify-title">
          <h2 id="verify-title">{t("staff.verifyTitle")}</h2>
          <div className="grid">
            <ActionForm
              action={verifyComplaintAction}
              submitLabel={t("staff.verifyOursSubmit")}
              savedLabel={t("staff.saved")}
            >
              {hidden}
              <input type="hidden" name="verdict" value="ours" />
              <SelectField
                label={t("staff.verifyOurs")}
                name="handlingCategory"
                id="f-handling-category"
                defaultValue={complaint.handlingCategory ?? ""}
              >
                {activeCategories.map((c) => (
                  <option key={c.code} value={c.code}>
                    {categoryLabel(c.code)}
                  </option>
                ))}
              </SelectField>
            </ActionForm>
            <ActionForm
              action={verifyComplaintAction}
              submitLabel={t("staff.verifyNotOursSubmit")}
              savedLabel={t("staff.saved")}
              variant="secondary"
            >
              {hidden}
              <input type="hidden" name="verdict" value="not_ours" />
              <div className="field">
                <label htmlFor="f-not-ours">{t("staff.verifyNotOursReason")}</label>
                <textarea id="f-not-ours" name="reason" rows={3} maxLength={2000} required minLength={10} />
              </div>
            </ActionForm>
          </div>
        </section>
      )}

      {isOpen && complaint.verification === "ours" && (
        <section className="card" aria-labelledby="extend-title">
          <h2 id="extend-title">{t("staff.extendTitle")}</h2>
          <p className="muted">{t("staff.extendHint")}</p>
          <ActionForm
            action={extendDeadlineAction}
            submitLabel={t("staff.extendSubmit")}
            savedLabel={t("staff.saved")}
            variant="secondary"
          >
            {hidden}
            <TextField
              label={t("staff.extraDays")}
              name="extraDays"
              id="f-extra-days"
              type="number"
              min={1}
              max={MAX_HANDLING_DAYS}
              required
            />
            <div className="field">
              <label htmlFor="f-extend-reason">{t("staff.extendReason")}</label>
              <textarea id="f-extend-reason" name="reason" rows={2} maxLength={1000} required minLength={10} />
            </div>
          </ActionForm>
        </section>
      )}

      {isOpen && (
        <div className="grid">
          <section className="card">
            <h2>{t("staff.assign")}</h2>
            <ActionForm
              action={assignComplaintAction}
              submitLabel={t("staff.assign")}
              savedLabel={t("staff.saved")}
              variant="secondary"
            >
              {hidden}
              <SelectField
                label={t("staff.assignTo")}
                name="assigneeId"
                id="f-assignee"
                defaultValue={complaint.assigneeId ?? user.id}
              >
                {handlers.map((h) => (
                  <option key={h.id} value={h.id}>
                    {h.name}
                  </option>
                ))}
              </SelectField>
            </ActionForm>
          </section>
          <section className="card">
            <h2>{t("staff.changeCategory")}</h2>
            <ActionForm
              action={changeCategoryAction}
              submitLabel={t("staff.changeCategory")}
              savedLabel={t("staff.saved")}
              variant="secondary"
            >
              {hidden}
              <SelectField
                label={t("staff.category")}
                name="category"
                id="f-category-change"
                defaultValue={complaint.category}
              >
                {COMPLAINT_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`categories.${c}`)}
                  </option>
                ))}
              </SelectField>
            </ActionForm>
          </section>
        </div>
      )}

      {isOpen && (
        <section className="card">
          <h2>{t("staff.publicAnswer")}</h2>
          <ActionForm action={answerComplaintAction} submitLabel={t("staff.saveAnswer")} savedLabel={t("staff.saved")}>
            {hidden}
            <div className="field">
              <label htmlFor="f-answer">{t("staff.publicAnswer")}</label>
              <span id="f-answer-hint" className="hint">
                {t("staff.publicAnswerHint")}
              </span>
              <textarea
                id="f-answer"
                name="body"
                rows={4}
                maxLength={4000}
                required
                aria-describedby="f-answer-hint"
                defaultValue={complaint.publicAnswer ?? ""}
              />
            </div>
          </ActionForm>
        </section>
      )}

      <section className="card">
        <h2>{t("staff.internalNote")}</h2>
        <ActionForm
          action={addNoteAction}
          submitLabel={t("staff.addNote")}
          savedLabel={t("staff.saved")}
          variant="secondary"
        >
          {hidden}
          <div className="field">
            <label htmlFor="f-note">{t("staff.internalNote")}</label>
            <span id="f-note-hint" className="hint">
              {t("staff.internalNoteHint")}
            </span>
            <textarea id="f-note" name="body" rows={3} maxLength={2000} required aria-describedby="f-note-hint" />
          </div>
        </ActionForm>
      </section>

      {isOpen && (
        <div className="row">
          <ActionForm action={resolveComplaintAction} submitLabel={t("staff.resolve")} className="row">
            {hidden}
          </ActionForm>
          <ActionForm action={closeComplaintAction} submitLabel={t("staff.close")} variant="danger" className="row">
            {hidden}
          </ActionForm>
        </div>
      )}

      <ComplaintHistory notes={complaint.notes} handlingCategories={handlingCategories} />
    </div>
  );
}
