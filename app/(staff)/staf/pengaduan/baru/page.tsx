import { complaintFormProps } from "@/lib/complaints/form-labels";
import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { ComplaintForm } from "@/components/complaints/complaint-form";
import { enterComplaintAction } from "../actions";

export default async function NewStaffComplaintPage() {
  await requirePageCapability("handleComplaints", "/staf/pengaduan/baru");
  const { t } = await getTranslator("complaints");
  const form = complaintFormProps(t);
  return (
    <div className="stack">
      <h1>{t("staff.entryTitle")}</h1>
      <ComplaintForm
        action={enterComplaintAction}
        channels={["desk", "phone"].map((c) => ({ value: c, label: t(`channels.${c}`) }))}
        categories={form.categories}
        labels={{ ...form.labels, channel: t("staff.entryChannel"), seeStatus: t("staff.open") }}
      />
      <p><Link href="/staf/pengaduan">{t("staff.back")}</Link></p>
    </div>
  );
}
