import type { ReactNode } from "react";
import { formatDate, formatDateTime } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translate";
import type { getComplaintDetail } from "@/lib/complaints/queries";
import { CATEGORY_SKM_ELEMENT, type ComplaintCategory } from "@/lib/complaints/complaint-rules";

type ComplaintDetail = NonNullable<Awaited<ReturnType<typeof getComplaintDetail>>>;

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

/** The facts of one complaint as a definition list; optional facts show only when present. */
export function ComplaintFacts(props: {
  complaint: ComplaintDetail;
  t: Translator;
  locale: Locale;
  categoryLabel: (code: string | null) => string;
}) {
  const { complaint: c, t, locale } = props;
  const optional = (label: string, value: string | null | undefined, testId?: string) =>
    value ? (
      <Fact label={t(label)} testId={testId}>
        {value}
      </Fact>
    ) : null;
  return (
    <dl className="grid">
      <Fact label={t("staff.received")}>{formatDateTime(c.receivedAt, locale)}</Fact>
      {c.checkCode && (
        <Fact label={t("staff.checkCode")}>
          <code data-testid="staff-check-code">{c.checkCode}</code>
        </Fact>
      )}
      <Fact label={t("staff.channel")}>{t(`channels.${c.channel}`)}</Fact>
      <Fact label={t("staff.category")}>
        {t(`categories.${c.category}`)} ({CATEGORY_SKM_ELEMENT[c.category as ComplaintCategory] ?? "U8"})
      </Fact>
      <Fact label={t("staff.verification")} testId="complaint-verification">
        {t(`staff.verificationStatus.${c.verification}`)}
      </Fact>
      <Fact label={t("staff.handlingCategory")} testId="complaint-handling-category">
        {props.categoryLabel(c.handlingCategory)}
      </Fact>
      <Fact label={t("staff.deadline")} testId="complaint-deadline">
        {formatDate(c.deadlineOn, locale)} {c.extendedAt && <span className="badge">{t("staff.extended")}</span>}
      </Fact>
      {c.originalDeadlineOn && c.originalDeadlineOn !== c.deadlineOn && (
        <Fact label={t("staff.originalDeadline")} testId="complaint-original-deadline">
          {formatDate(c.originalDeadlineOn, locale)}
        </Fact>
      )}
      {optional("staff.extensionReason", c.extensionReason)}
      <Fact label={t("staff.assignee")}>{c.assigneeName || "—"}</Fact>
      {optional("staff.senderName", c.senderName)}
      {optional("staff.senderPhone", c.senderPhone, "sender-phone")}
      {optional("staff.senderEmail", c.senderEmail)}
      {optional("staff.applicationNo", c.applicationNo)}
      {c.firstAnsweredAt && <Fact label={t("staff.firstAnsweredAt")}>{formatDateTime(c.firstAnsweredAt, locale)}</Fact>}
      {c.resolvedAt && <Fact label={t("staff.resolvedAt")}>{formatDateTime(c.resolvedAt, locale)}</Fact>}
    </dl>
  );
}
