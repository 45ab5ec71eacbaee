import { TextField } from "@/components/ui/field";
import type { Translator } from "@/lib/i18n/translate";

/**
 * A plain GET form: works without JavaScript and leaves ticket and check code in the address for bookmarking.
 * Its texts are the complaints namespace's `public.*` messages (`t`).
 */
export function TicketLookupForm({
  t,
  defaultValue,
  defaultCode,
}: {
  t: Translator;
  defaultValue?: string;
  defaultCode?: string;
}) {
  return (
    <form action="/pengaduan/status" method="get" className="card form-inline">
      <TextField
        label={t("public.ticket")}
        name="tiket"
        hint={t("public.ticketHint")}
        defaultValue={defaultValue}
        required
        maxLength={30}
        id="f-tiket"
      />
      <TextField
        label={t("public.checkCodeLabel")}
        name="kode"
        hint={t("public.checkCodeHint")}
        defaultValue={defaultCode}
        maxLength={20}
        id="f-kode"
        autoComplete="off"
      />
      <button className="btn btn-secondary" type="submit">
        {t("public.lookup")}
      </button>
    </form>
  );
}
