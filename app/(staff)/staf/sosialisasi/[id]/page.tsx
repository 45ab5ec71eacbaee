import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { getCampaignForEdit } from "@/lib/outreach/queries";
import { updateCampaignAction } from "../actions";
import { CampaignForm } from "../_components/campaign-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Ubah kampanye / Edit campaign" };

export default async function EditCampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageCapability("manageOutreach", `/staf/sosialisasi/${encodeURIComponent(id)}`);
  const { t } = await getTranslator("outreach");
  const campaign = await getCampaignForEdit(id);
  if (!campaign) notFound();
  return (
    <div className="stack">
      <p>
        <Link href="/staf/sosialisasi">{t("back")}</Link>
      </p>
      <h1>{t("editTitle")}</h1>
      <CampaignForm action={updateCampaignAction} initial={campaign} hidden={{ id }} submitLabel={t("form.submit")} />
    </div>
  );
}
