import { Link, Text, View } from "@react-pdf/renderer";
import { PDF_COLORS, pdfStyles, pdfText } from "./theme";

/** Where each section starts, by id: filled while a document is laid out (see renderPdfWithToc). */
export type PageRegistry = Map<string, number>;

export type TocEntry = { id: string; title: string; level?: 1 | 2 };

/**
 * A section heading that records the page it lands on in `registry` (for the table of contents) and is the target
 * of the contents' links (`id`). The page is read by an empty View's `render` beside the heading, never by the
 * heading's own text: in react-pdf 4.9 a page with several text nodes drawn through `render` can lose other texts
 * (the letterhead vanished), while empty dynamic Views are harmless.
 */
export function SectionHeading({
  id,
  title,
  registry,
  level = 1,
}: {
  id: string;
  title: string;
  registry: PageRegistry;
  level?: 1 | 2;
}) {
  return (
    <View id={id} wrap={false} minPresenceAhead={60}>
      <Text style={level === 1 ? pdfStyles.h2 : pdfStyles.h3}>{pdfText(title)}</Text>
      <View
        render={({ pageNumber }) => {
          registry.set(id, pageNumber);
          return null;
        }}
      />
    </View>
  );
}

/**
 * Daftar isi: each entry linked to its section with its page number ("…" before the numbers are known: the first
 * pass of renderPdfWithToc). Entries of level 2 are indented.
 */
export function TableOfContents({
  title,
  entries,
  pages,
}: {
  title: string;
  entries: readonly TocEntry[];
  pages: ReadonlyMap<string, number>;
}) {
  return (
    <View style={{ marginBottom: 12 }}>
      <Text style={pdfStyles.h2}>{pdfText(title)}</Text>
      {entries.map((entry) => (
        <Link key={entry.id} src={`#${entry.id}`} style={{ textDecoration: "none", color: PDF_COLORS.text }}>
          <View style={{ flexDirection: "row", paddingLeft: entry.level === 2 ? 14 : 0, marginBottom: 2 }}>
            <Text style={{ flexGrow: 1, flexShrink: 1 }}>{pdfText(entry.title)}</Text>
            <Text style={{ width: 28, textAlign: "right" }}>{pages.get(entry.id) ?? "…"}</Text>
          </View>
        </Link>
      ))}
    </View>
  );
}
