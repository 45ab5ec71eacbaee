import { Text, View } from "@react-pdf/renderer";
import { pdfText } from "./theme";

export type PdfSigner = {
  /** "Kepala Dinas Penanaman Modal dan PTSP Kota Kediri". */
  position: string;
  name: string;
  /** Nomor Induk Pegawai (18 digits), printed as "NIP. …"; omitted when empty. */
  nip: string;
};

/**
 * Tanda tangan: place and date, the position, room for the signature and stamp, the name underlined and the NIP,
 * on the right half of the page as Indonesian official documents place it. Kept on one page.
 */
export function SignatureBlock({ place, date, signer }: { place: string; date: string; signer: PdfSigner }) {
  return (
    <View wrap={false} style={{ marginTop: 24, marginLeft: "50%", width: "50%" }}>
      <Text>{pdfText(`${place}, ${date}`)}</Text>
      <Text>{pdfText(signer.position)}</Text>
      <View style={{ height: 56 }} />
      <Text style={{ fontFamily: "Helvetica-Bold", textDecoration: "underline" }}>
        {pdfText(signer.name || "…………………………")}
      </Text>
      {signer.nip ? <Text>{pdfText(`NIP. ${signer.nip}`)}</Text> : null}
    </View>
  );
}
