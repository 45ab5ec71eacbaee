import { formatDate, formatDateTime } from "@/lib/format/format";
import { getTranslator } from "@/lib/i18n/server";
import { readComplaintNote } from "@/lib/complaints/note-text";

type Note = { id: number | string; kind: string; body: string; author: string; createdAt: Date };
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
    const read = readComplaintNote(note.kind, note.body);
    switch (read.key) {
      case null:
        return read.text;
      case "verifiedOurs":
        return t("staff.noteText.verifiedOurs", {
          category: handlingName(read.values.category),
          days: read.values.days,
          deadline: formatDate(read.values.deadline, locale),
        });
      case "extended":
        return t("staff.noteText.extended", {
          ...read.values,
          from: formatDate(read.values.from, locale),
          to: formatDate(read.values.to, locale),
        });
      case "categoryChanged":
        return t("staff.noteText.categoryChanged", {
          from: complaintCategory(read.values.from),
          to: complaintCategory(read.values.to),
        });
      default:
        return t(`staff.noteText.${read.key}`, read.values);
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
