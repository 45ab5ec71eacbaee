import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import type { ActionState } from "@/lib/action-state";
import { toWibDate } from "@/lib/calendar/working-days";
import { COMPLAINT_CATEGORIES, isOpenStatus } from "@/lib/complaints/complaint-rules";
import { getComplaintDetail, listComplaintHandlers } from "@/lib/complaints/queries";
import { listHandlingCategories } from "@/lib/complaints/handling-category-queries";
import { MAX_HANDLING_DAYS } from "@/lib/complaints/handling-categories";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { CalendarNotice } from "@/components/calendar/calendar-notice";
import { ComplaintHistory } from "@/components/complaints/complaint-history";
import { ActionForm } from "@/components/complaints/action-form";
import { ComplaintFacts } from "./_components/complaint-facts";
import { StepCard } from "./_components/step-card";
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
  const verify = { action: verifyComplaintAction, savedLabel: t("staff.saved") };
  /** A handling step's card: its heading's key, its action, and the key of its button when it differs. */
  const step = (
    title: string,
    action: (prev: ActionState, form: FormData) => Promise<ActionState>,
    submit: string = title,
  ) => ({ complaintId: complaint.id, savedLabel: t("staff.saved"), title: t(title), submitLabel: t(submit), action });
  /** A required text of up to maxLength characters. */
  const text = (label: string, id: string, name: string, rows: number, maxLength: number) => ({
    label: t(label),
    id,
    name,
    rows,
    maxLength,
    required: true,
  });
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
            <ActionForm {...verify} submitLabel={t("staff.verifyOursSubmit")}>
              {hidden}
              <input type="hidden" name="verdict" value="ours" />
              <SelectField
                label={t("staff.verifyOurs")}
                name="handlingCategory"
                id="f-handling-category"
                defaultValue={complaint.handlingCategory ?? ""}
                options={activeCategories.map((c) => ({ value: c.code, label: categoryLabel(c.code) }))}
              />
            </ActionForm>
            <ActionForm {...verify} variant="secondary" submitLabel={t("staff.verifyNotOursSubmit")}>
              {hidden}
              <input type="hidden" name="verdict" value="not_ours" />
              <TextAreaField {...text("staff.verifyNotOursReason", "f-not-ours", "reason", 3, 2000)} minLength={10} />
            </ActionForm>
          </div>
        </section>
      )}

      {isOpen && complaint.verification === "ours" && (
        <StepCard
          {...step("staff.extendTitle", extendDeadlineAction, "staff.extendSubmit")}
          titleId="extend-title"
          intro={t("staff.extendHint")}
        >
          <TextField
            label={t("staff.extraDays")}
            name="extraDays"
            id="f-extra-days"
            type="number"
            min={1}
            max={MAX_HANDLING_DAYS}
            required
          />
          <TextAreaField {...text("staff.extendReason", "f-extend-reason", "reason", 2, 1000)} minLength={10} />
        </StepCard>
      )}

      {isOpen && (
        <div className="grid">
          <StepCard {...step("staff.assign", assignComplaintAction)}>
            <SelectField
              label={t("staff.assignTo")}
              name="assigneeId"
              id="f-assignee"
              defaultValue={complaint.assigneeId ?? user.id}
              options={handlers.map((h) => ({ value: h.id, label: h.name }))}
            />
          </StepCard>
          <StepCard {...step("staff.changeCategory", changeCategoryAction)}>
            <SelectField
              label={t("staff.category")}
              name="category"
              id="f-category-change"
              defaultValue={complaint.category}
              options={COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
            />
          </StepCard>
        </div>
      )}

      {isOpen && (
        <StepCard {...step("staff.publicAnswer", answerComplaintAction, "staff.saveAnswer")} variant="primary">
          <TextAreaField
            {...text("staff.publicAnswer", "f-answer", "body", 4, 4000)}
            hint={t("staff.publicAnswerHint")}
            defaultValue={complaint.publicAnswer ?? ""}
          />
        </StepCard>
      )}

      <StepCard {...step("staff.internalNote", addNoteAction, "staff.addNote")}>
        <TextAreaField {...text("staff.internalNote", "f-note", "body", 3, 2000)} hint={t("staff.internalNoteHint")} />
      </StepCard>

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
