import type { Translator } from "@/lib/i18n/translate";

/**
 * The three texts of a ConfirmSubmit from one message key: the button (`key`), the question (`${key}Confirm`) and
 * the confirming button (`${key}Yes`), e.g. "staff.revoke" → "Cabut", "… Lanjutkan?", "Ya, cabut".
 */
export function confirmTexts(t: Translator, key: string): { label: string; question: string; confirmLabel: string } {
  return { label: t(key), question: t(`${key}Confirm`), confirmLabel: t(`${key}Yes`) };
}
