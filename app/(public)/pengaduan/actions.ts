"use server";
import { complaintStatusPath } from "@/lib/complaints/complaint-rules";
import { headers } from "next/headers";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation/parse";
import { clientAddress, enforceRateLimit } from "@/lib/security/rate-limit";
import { toActionState, type ActionState } from "@/lib/action-state";
import { getTranslator } from "@/lib/i18n/server";
import { checkFormGuard, HONEYPOT_FIELD } from "@/lib/complaints/form-guard";
import { complaintFormSecret } from "@/lib/complaints/form-secret";
import { fileWebComplaint } from "@/lib/complaints/intake-store";
import { ZWebComplaint } from "@/lib/complaints/schemas";

/** Public complaints per address per hour (a family sharing a connection fits; a script does not). */
const WEB_COMPLAINTS_PER_HOUR = 5;

export async function fileComplaintAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const { t } = await getTranslator("complaints");
    const now = Date.now();
    const verdict = checkFormGuard({
      token: String(form.get("formToken") ?? ""),
      honeypot: String(form.get(HONEYPOT_FIELD) ?? ""),
      secret: complaintFormSecret(),
      now,
    });
    if (verdict === "too-fast") throw new AppError("VALIDATION", t("public.tooFast"));
    if (verdict !== "ok") throw new AppError("BAD_REQUEST", t("public.rejected"));
    enforceRateLimit(
      "complaints-web",
      clientAddress(await headers()),
      WEB_COMPLAINTS_PER_HOUR,
      60 * 60 * 1000,
      t("public.rateLimited"),
    );
    const input = parseOrThrow(ZWebComplaint, {
      name: form.get("name") ?? undefined,
      phone: form.get("phone") ?? undefined,
      email: form.get("email") ?? undefined,
      category: form.get("category") ?? "",
      applicationNo: form.get("applicationNo") ?? undefined,
      text: form.get("text") ?? "",
    });
    const created = await fileWebComplaint(input, new Date(now));
    return {
      status: "ok",
      data: {
        ticketNo: created.ticketNo,
        checkCode: created.checkCode ?? "",
        href: complaintStatusPath(created.ticketNo, created.checkCode),
      },
    };
  });
}
