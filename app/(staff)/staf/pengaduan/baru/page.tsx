import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { COMPLAINT_CATEGORIES } from "@/lib/complaints/complaint-rules";
import { ComplaintForm } from "@/components/complaints/complaint-form";
import { enterComplaintAction } from "../actions";

export default async function NewStaffComplaintPage() {
  await requirePageCapability("handleComplaints", "/staf/pengaduan/baru");
  const { t } = await getTranslator("complaints");
  return (
    <div className="stack">
      <h1>{t("staff.entryTitle")}</h1>
      <ComplaintForm
        action={enterComplaintAction}
        categories={COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
        channels={["desk", "phone"].map((c) => ({ value: c, label: t(`channels.${c}`) }))}
        labels={{
          channel: t("staff.entryChannel"),
          category: t("public.category"),
          chooseCategory: t("public.chooseCategory"),
          text: t("public.text"),
          textHint: t("public.textHint"),
          name: t("public.name"),
          phone: t("public.phone"),
          email: t("public.email"),
          applicationNo: t("public.applicationNo"),
          honeypot: t("public.honeypot"),
          submit: t("public.submit"),
          sent: t("public.sent"),
          keepTicket: t("public.keepTicket"),
          seeStatus: t("staff.open"),
        }}
      />
      <p><Link href="/staf/pengaduan">{t("staff.back")}</Link></p>
    </div>
  );
}
