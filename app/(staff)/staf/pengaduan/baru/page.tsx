import { complaintFormProps } from "@/lib/complaints/form-labels";
import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { ComplaintForm } from "@/components/complaints/complaint-form";
import { listHandlingCategories } from "@/lib/complaints/handling-category-queries";
import { enterComplaintAction } from "../actions";

export default async function NewStaffComplaintPage() {
  await requirePageCapability("handleComplaints", "/staf/pengaduan/baru");
  const { t, locale } = await getTranslator("complaints");
  const form = complaintFormProps(t);
  const handlingCategories = await listHandlingCategories();
  return (
    <div className="stack">
      <h1>{t("staff.entryTitle")}</h1>
      <ComplaintForm
        action={enterComplaintAction}
        channels={["desk", "phone"].map((c) => ({ value: c, label: t(`channels.${c}`) }))}
        categories={form.categories}
        handlingCategories={handlingCategories.map((c) => ({
          value: c.code,
          label: t("staff.handlingCategoryDays", { name: locale === "en" ? c.nameEn : c.name, days: c.deadlineDays }),
        }))}
        labels={{
          ...form.labels,
          channel: t("staff.entryChannel"),
          seeStatus: t("staff.open"),
          handlingCategory: t("staff.handlingCategory"),
          handlingCategoryDefault: t("staff.handlingCategoryDefault"),
        }}
      />
      <p>
        <Link href="/staf/pengaduan">{t("staff.back")}</Link>
      </p>
    </div>
  );
}
