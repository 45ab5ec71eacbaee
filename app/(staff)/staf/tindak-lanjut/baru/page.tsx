import type { Metadata } from "next";
import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { addCalendarDays, toWibDate } from "@/lib/calendar/working-days";
import { parsePeriodKey, periodOf, previousPeriod } from "@/lib/periods/periods";
import { ActionFieldsForm } from "../_components/action-fields-form";
import { actionFormOptions } from "../_components/form-options";
import { createFollowUpActionAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Tindak lanjut baru / New follow-up action" };

type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** `?periode=2026-Q3&dasar=element&kode=U3` pre-fills the form from the weakest-element list. */
export default async function NewFollowUpPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageCapability("manageFollowUpActions", "/staf/tindak-lanjut/baru");
  const sp = await searchParams;
  const { t } = await getTranslator("followUp");
  const today = toWibDate(new Date());
  const requested = parsePeriodKey(one(sp.periode) ?? "");
  const period = requested && requested.kind !== "custom" ? requested : previousPeriod(periodOf("quarter", today));
  const options = await actionFormOptions("create");
  const basis = `${one(sp.dasar) ?? "element"}:${one(sp.kode) ?? "U1"}`;
  return (
    <div className="stack">
      <p>
        <Link href="/staf/tindak-lanjut">{t("back")}</Link>
      </p>
      <h1>{t("newTitle")}</h1>
      <section className="card">
        <ActionFieldsForm
          action={createFollowUpActionAction}
          labels={options.labels}
          basisGroups={options.basisGroups}
          staff={options.staff}
          initial={{ periodKey: period.key, basis, dueDay: addCalendarDays(today, 30) }}
        />
      </section>
    </div>
  );
}
