import { formatDate, formatDateTime } from "@/lib/format/format";
import { getTranslator } from "@/lib/i18n/server";
import { readNoteData } from "@/lib/complaints/note-data";

type Note = { id: number | string; kind: string; body: string; data: string | null; author: string; createdAt: Date };
type HandlingCategory = { code: string; name: string; nameEn: string };

/**
 * The history of a complaint: each note with its kind, author and time; workflow notes (assignment, verification,
 * extension, …) as sentences in the reader's language with their dates formatted, free notes as written.
 */
export async function ComplaintHistory({
  notes,
  handlingCategories,
}: {
  notes: readonly Note[];
  handlingCategories: readonly HandlingCategory[];
}) {
  const { t, locale } = await getTranslator("complaints");
  const handlingName = (code: string) => {
    const found = handlingCategories.find((c) => c.code === code);
    return found ? (locale === "en" ? found.nameEn : found.name) : code;
  };
  const complaintCategory = (code: string) => {
    const label = t(`categories.${code.trim()}`);
    return label.startsWith("categories.") ? code : label;
  };
  const describe = (note: Note): string => {
    const step = readNoteData(note.data);
    if (!step) return note.body;
    switch (step.event) {
      case "verifiedOurs":
        return t("staff.noteText.verifiedOurs", {
          category: handlingName(step.category),
          days: String(step.days),
          deadline: formatDate(step.deadline, locale),
        });
      case "extended":
        return t("staff.noteText.extended", {
          reason: step.reason,
          days: String(step.days),
          from: formatDate(step.from, locale),
          to: formatDate(step.to, locale),
        });
      case "categoryChanged":
        return t("staff.noteText.categoryChanged", {
          from: complaintCategory(step.from),
          to: complaintCategory(step.to),
        });
      case "assigned":
        return t("staff.noteText.assigned", { name: step.name });
      case "verifiedNotOurs":
        return t("staff.noteText.verifiedNotOurs", { reason: step.reason });
      case "resolved":
      case "closed":
        return t(`staff.noteText.${step.event}`);
    }
  };
  return (
    <section className="card">
      <h2>{t("staff.history")}</h2>
      {notes.length === 0 ? (
        <p className="muted">{t("staff.noHistory")}</p>
      ) : (
        <ol className="stack">
          {notes.map((n) => (
            <li key={n.id}>
              <strong>{t(`staff.kind.${n.kind}`)}</strong> · {n.author} · {formatDateTime(n.createdAt, locale)}
              <div style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{describe(n)}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
