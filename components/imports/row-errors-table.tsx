import { ScrollTable } from "@/components/ui/scroll-table";

/** The rows of an import that were refused: line, column and reason, in a captioned, scrollable table. */
export function RowErrorsTable({
  caption,
  rows,
  labels,
}: {
  caption: string;
  rows: readonly { line: number; column: string; message: string }[];
  labels: { line: string; column: string; reason: string };
}) {
  if (rows.length === 0) return null;
  return (
    <ScrollTable>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.line}</th>
            <th scope="col">{labels.column}</th>
            <th scope="col">{labels.reason}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              <td>{row.line}</td>
              <td>{row.column}</td>
              <td>{row.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
