import type { FieldErrors } from "../errors";
import type { ExtraOption } from "./submission";

export type TExtraQuestionInput = {
  questionnaire: string;
  code: string;
  labelId: string;
  labelEn: string;
  options: string;
};

/**
 * Checks an administrator's new extra question. Codes may not collide with unsur codes (U1…), so the regulation's
 * elements are never touched. Options: one per line, "value|Label ID|Label EN" (labels default to the value).
 * Answers the trimmed question and its options, and a field error per problem (empty when valid).
 */
export function checkExtraQuestionInput(input: TExtraQuestionInput): {
  code: string;
  labelId: string;
  labelEn: string;
  options: ExtraOption[];
  fields: FieldErrors;
} {
  const fields: FieldErrors = {};
  const code = input.code.trim();
  if (!/^[a-z][a-z0-9_]{1,30}$/.test(code)) fields.code = "Kode: huruf kecil/angka/_ (2–31), diawali huruf; bukan U1…";
  if (input.labelId.trim().length < 3) fields.labelId = "Pertanyaan (ID) minimal 3 karakter";
  if (input.labelEn.trim().length < 3) fields.labelEn = "Pertanyaan (EN) minimal 3 karakter";
  const options = input.options
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const [value, labelId, labelEn] = line.split("|").map((p) => p?.trim() ?? "");
      return { value, labelId: labelId || value, labelEn: labelEn || labelId || value };
    });
  if (options.length < 2 || options.some((o) => !/^[a-z0-9_]{1,30}$/.test(o.value))) {
    fields.options = "Minimal 2 pilihan, satu per baris: nilai|Label ID|Label EN (nilai huruf kecil/angka/_)";
  }
  return { code, labelId: input.labelId.trim(), labelEn: input.labelEn.trim(), options, fields };
}
