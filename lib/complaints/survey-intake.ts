import "server-only";
import { AppError } from "../errors";
import { createTranslator } from "../i18n/translate";
import { elementName } from "../follow-up/labels";
import { offerIntakeKey, type LowScoreOffer } from "../skm/low-score-token";
import { categoryForSkmElement, normalizePhone } from "./complaint-rules";
import { createComplaint, type CreatedComplaint } from "./intake-store";
import type { TLowScoreComplaint } from "./schemas";

/**
 * A complaint filed from the survey's thank-you screen after a low score (issue 18). It names the element and the
 * licence type from the signed offer, records the consent, and is idempotent on the offer's nonce (a double submit
 * returns the first ticket). The survey response is not touched and nothing links it to the ticket.
 */
export async function fileLowScoreComplaint(
  input: TLowScoreComplaint,
  offer: LowScoreOffer,
  now: Date,
): Promise<CreatedComplaint> {
  if (!offer.elements.includes(input.element)) {
    throw new AppError("VALIDATION", "Unsur tidak termasuk yang Anda beri nilai rendah.", {
      fields: { element: "Pilih unsur yang Anda beri nilai rendah" },
    });
  }
  const phone = input.phone ? normalizePhone(input.phone) : null;
  if (input.phone && !phone)
    throw new AppError("VALIDATION", "Nomor telepon tidak valid.", { fields: { phone: "Nomor telepon tidak valid" } });
  // Staff read tickets in Indonesian, whatever language the respondent used.
  const text =
    input.text && input.text.length >= 10
      ? input.text
      : createTranslator("id", "followUp")("offer.autoText", {
          element: `${input.element} ${elementName(input.element, "id")}`,
        }) + (input.text ? ` ${input.text}` : "");
  return createComplaint({
    channel: "web",
    category: categoryForSkmElement(input.element),
    text,
    receivedAt: now,
    senderName: input.name,
    senderPhone: phone,
    senderEmail: input.email,
    surveyElement: input.element,
    licenseTypeId: offer.licenseTypeId,
    consentAt: now,
    intakeKey: offerIntakeKey(offer),
  });
}
