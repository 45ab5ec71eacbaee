import { Image, Text, View } from "@react-pdf/renderer";
import { PDF_COLORS, pdfText } from "./theme";

export type PdfOffice = {
  /** e.g. "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kediri". */
  name: string;
  address: string;
  /** A data URL (data:image/png;base64,… or image/jpeg), or null for none. */
  logo: string | null;
  /** Optional line above the name, e.g. "PEMERINTAH KOTA KEDIRI". */
  parent?: string;
};

/**
 * Kop surat: the logo on the left, the office's name and address centred, a double rule below (as on an Indonesian
 * government letter). Put it at the top of the first page; it is not repeated.
 */
export function Letterhead({ office }: { office: PdfOffice }) {
  return (
    <View style={{ marginBottom: 12 }}>
      <View style={{ flexDirection: "row", alignItems: "center", minHeight: 56 }}>
        <View style={{ width: 60 }}>
          {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image draws into a PDF; it has no alt attribute */}
          {office.logo ? <Image src={office.logo} style={{ width: 52, height: 52, objectFit: "contain" }} /> : null}
        </View>
        <View style={{ flexGrow: 1, alignItems: "center", paddingRight: 60 }}>
          {office.parent ? (
            <Text style={{ fontSize: 11, fontFamily: "Helvetica-Bold" }}>{pdfText(office.parent)}</Text>
          ) : null}
          <Text style={{ fontSize: 13, fontFamily: "Helvetica-Bold", textAlign: "center" }}>
            {pdfText(office.name.toUpperCase())}
          </Text>
          <Text style={{ fontSize: 9, textAlign: "center" }}>{pdfText(office.address)}</Text>
        </View>
      </View>
      <View style={{ borderBottomWidth: 2, borderBottomColor: PDF_COLORS.rule, marginTop: 6 }} />
      <View style={{ borderBottomWidth: 0.6, borderBottomColor: PDF_COLORS.rule, marginTop: 1.5 }} />
    </View>
  );
}
