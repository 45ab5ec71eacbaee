import { complaintFormProps } from "@/lib/complaints/form-labels";
import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { HONEYPOT_FIELD, issueFormToken } from "@/lib/complaints/form-guard";
import { complaintFormSecret } from "@/lib/complaints/form-secret";
import { listHandlingCategories, loadDeadlineDays } from "@/lib/complaints/handling-category-queries";
import { ComplaintForm } from "@/components/complaints/complaint-form";
import { TicketLookupForm } from "./_components/ticket-lookup-form";
import { fileComplaintAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function ComplaintPage() {
  const { t, locale } = await getTranslator("complaints");
  const form = complaintFormProps(t);
  const [days, handlingCategories] = await Promise.all([loadDeadlineDays(), listHandlingCategories()]);
  const renderedAt = new Date(); // the request's clock read, passed down: lib stays clock-free
  const formToken = issueFormToken(complaintFormSecret(), renderedAt.getTime());
  return (
    <div className="stack">
      <h1>{t("public.title")}</h1>
      {handlingCategories.length === 0 ? (
        <p>{t("public.intro", { days })}</p>
      ) : (
        <>
          <p>{t("public.introCategories")}</p>
          <ul data-testid="complaint-deadlines">
            {handlingCategories.map((c) => (
              <li key={c.code}>
                {t("public.categoryDays", { name: locale === "en" ? c.nameEn : c.name, days: c.deadlineDays })}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="muted">{t("public.smsHint")}</p>
      <h2>{t("public.formTitle")}</h2>
      <ComplaintForm
        action={fileComplaintAction}
        formToken={formToken}
        honeypotName={HONEYPOT_FIELD}
        categories={form.categories}
        labels={form.labels}
      />
      <h2>{t("public.lookupTitle")}</h2>
      <TicketLookupForm t={t} />
      <p>
        <Link href="/pengaduan/status">{t("public.statusTitle")}</Link>
      </p>
    </div>
  );
}
