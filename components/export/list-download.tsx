import { getTranslator } from "@/lib/i18n/server";
import type { DownloadableList, LoadedStaffList } from "@/lib/table/staff-list";
import { DownloadLinks } from "./download-links";

/**
 * A staff list's "Unduh: Excel" link, carrying the list's current search, order and filters (not its page), so the
 * file holds every row the list shows in the same order.
 */
export async function ListDownload<S extends string, Row, F>({
  list,
  loaded,
}: {
  list: DownloadableList<S, Row, F>;
  loaded: Pick<LoadedStaffList<S, Row, F>, "downloadParams">;
}) {
  const { t } = await getTranslator("listExports");
  return (
    <DownloadLinks
      what={t(list.download.what)}
      formats={{ xlsx: list.download.xlsx }}
      params={loaded.downloadParams}
      testId="list-download"
    />
  );
}
