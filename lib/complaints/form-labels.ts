import type { Translator } from "../i18n/translate";
import { COMPLAINT_CATEGORIES } from "./complaint-rules";

/** Labels and category options of the complaint form, shared by the public form and the staff desk entry. */
export function complaintFormProps(t: Translator) {
  return {
    categories: COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) })),
    labels: {
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
      checkCode: t("public.checkCode"),
      seeStatus: t("public.seeStatus"),
    },
  };
}
