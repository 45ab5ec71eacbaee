/**
 * Licence types of the reference office (Kota Kediri), with service standard (SLA in working days)
 * and official tariff in integer rupiah. These are the seed for a new installation; admins edit them.
 * Figures are indicative, set per the office's SK Standar Pelayanan (reference.md §5).
 */
export type LicenseTypeSeed = {
  code: string;
  name: string;
  nameEn: string;
  slaDays: number;
  tariff: number;
  agency: string;
  isBusiness: boolean;
  active: boolean;
  product: string;
  requirements: string[];
};

const KESEHATAN = "Dinas Kesehatan";
const PUPR = "Dinas PUPR (Cipta Karya dan Tata Ruang)";
const DAGIN = "Dinas Perdagangan dan Perindustrian";

export const LICENSE_TYPES: LicenseTypeSeed[] = [
  { code: "PBG", name: "Persetujuan Bangunan Gedung", nameEn: "Building Approval", slaDays: 28, tariff: 2_500_000, agency: PUPR, isBusiness: false, active: true, product: "Dokumen PBG", requirements: ["KTP pemohon", "Bukti kepemilikan tanah", "Gambar rencana teknis", "Perhitungan struktur (bangunan > 2 lantai)"] },
  { code: "SLF", name: "Sertifikat Laik Fungsi", nameEn: "Certificate of Building Fitness", slaDays: 10, tariff: 500_000, agency: PUPR, isBusiness: false, active: true, product: "Sertifikat SLF", requirements: ["Dokumen PBG", "Laporan pemeriksaan kelaikan fungsi", "Gambar terbangun (as built)"] },
  { code: "PKKPR", name: "Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang", nameEn: "Spatial Use Conformity Approval", slaDays: 20, tariff: 0, agency: PUPR, isBusiness: true, active: true, product: "Dokumen PKKPR", requirements: ["NIB", "Koordinat lokasi", "Rencana teknis kegiatan"] },
  { code: "REKLAME", name: "Izin Penyelenggaraan Reklame", nameEn: "Billboard Permit", slaDays: 5, tariff: 350_000, agency: "Badan Pendapatan Daerah", isBusiness: false, active: true, product: "Surat Izin Reklame", requirements: ["KTP pemohon", "Desain dan ukuran reklame", "Foto lokasi", "Persetujuan pemilik lahan"] },
  { code: "SIP-DOKTER", name: "Surat Izin Praktik Dokter", nameEn: "Physician Practice Permit", slaDays: 5, tariff: 0, agency: KESEHATAN, isBusiness: false, active: true, product: "SIP Dokter", requirements: ["STR yang masih berlaku", "Rekomendasi organisasi profesi (IDI)", "Surat keterangan tempat praktik", "Pas foto"] },
  { code: "SIP-BIDAN", name: "Surat Izin Praktik Bidan", nameEn: "Midwife Practice Permit", slaDays: 5, tariff: 0, agency: KESEHATAN, isBusiness: false, active: true, product: "SIP Bidan", requirements: ["STR yang masih berlaku", "Rekomendasi IBI", "Surat keterangan tempat praktik", "Pas foto"] },
  { code: "SIP-PERAWAT", name: "Surat Izin Praktik Perawat", nameEn: "Nurse Practice Permit", slaDays: 5, tariff: 0, agency: KESEHATAN, isBusiness: false, active: true, product: "SIP Perawat", requirements: ["STR yang masih berlaku", "Rekomendasi PPNI", "Surat keterangan tempat praktik"] },
  { code: "SIPA", name: "Surat Izin Praktik Apoteker", nameEn: "Pharmacist Practice Permit", slaDays: 5, tariff: 0, agency: KESEHATAN, isBusiness: false, active: true, product: "SIPA", requirements: ["STRA yang masih berlaku", "Rekomendasi IAI", "Surat keterangan tempat praktik"] },
  { code: "SIA", name: "Surat Izin Apotek", nameEn: "Pharmacy Licence", slaDays: 10, tariff: 0, agency: KESEHATAN, isBusiness: true, active: true, product: "SIA", requirements: ["NIB", "SIPA apoteker penanggung jawab", "Denah bangunan", "Daftar sarana dan prasarana"] },
  { code: "KLINIK", name: "Izin Operasional Klinik", nameEn: "Clinic Operating Licence", slaDays: 14, tariff: 0, agency: KESEHATAN, isBusiness: true, active: true, product: "Izin Operasional Klinik", requirements: ["NIB", "Profil klinik", "Daftar tenaga kesehatan dan SIP", "Dokumen lingkungan"] },
  { code: "OPTIK", name: "Izin Penyelenggaraan Optikal", nameEn: "Optical Shop Licence", slaDays: 10, tariff: 0, agency: KESEHATAN, isBusiness: true, active: true, product: "Izin Optikal", requirements: ["NIB", "SIP refraksionis optisien", "Denah ruangan"] },
  { code: "IUI", name: "Izin Usaha Industri", nameEn: "Industrial Business Licence", slaDays: 10, tariff: 0, agency: DAGIN, isBusiness: true, active: true, product: "IUI", requirements: ["NIB", "PKKPR", "Persetujuan lingkungan", "Rencana produksi"] },
  { code: "IUTM", name: "Izin Usaha Toko Swalayan", nameEn: "Modern Retail Store Licence", slaDays: 14, tariff: 0, agency: DAGIN, isBusiness: true, active: true, product: "IUTM", requirements: ["NIB", "PKKPR", "Kajian sosial ekonomi", "Kemitraan UMKM"] },
  { code: "TDUP", name: "Tanda Daftar Usaha Pariwisata", nameEn: "Tourism Business Registration", slaDays: 5, tariff: 0, agency: "Dinas Kebudayaan, Pariwisata, Kepemudaan dan Olahraga", isBusiness: true, active: true, product: "TDUP", requirements: ["NIB", "Profil usaha", "Foto tempat usaha"] },
  { code: "IUMK", name: "Izin Usaha Mikro Kecil", nameEn: "Micro and Small Business Licence", slaDays: 1, tariff: 0, agency: "Dinas Koperasi dan Usaha Mikro", isBusiness: true, active: true, product: "IUMK", requirements: ["KTP", "Surat keterangan domisili usaha", "Pas foto"] },
  { code: "SPPL", name: "Surat Pernyataan Pengelolaan Lingkungan", nameEn: "Environmental Management Statement", slaDays: 3, tariff: 0, agency: "Dinas Lingkungan Hidup", isBusiness: true, active: true, product: "SPPL terverifikasi", requirements: ["NIB", "Deskripsi kegiatan", "Denah lokasi"] },
  { code: "TRAYEK", name: "Izin Trayek Angkutan", nameEn: "Public Transport Route Permit", slaDays: 7, tariff: 100_000, agency: "Dinas Perhubungan", isBusiness: true, active: true, product: "Izin Trayek", requirements: ["NIB", "STNK", "Bukti uji berkala kendaraan"] },
  { code: "PAUD", name: "Izin Pendirian Satuan PAUD", nameEn: "Early Childhood Education Establishment Permit", slaDays: 14, tariff: 0, agency: "Dinas Pendidikan", isBusiness: false, active: true, product: "Izin Operasional PAUD", requirements: ["Akta yayasan", "Kurikulum", "Data pendidik", "Bukti sarana prasarana"] },
  { code: "PENELITIAN", name: "Surat Keterangan Penelitian", nameEn: "Research Permit Letter", slaDays: 2, tariff: 0, agency: "Badan Kesatuan Bangsa dan Politik", isBusiness: false, active: true, product: "Surat Keterangan Penelitian", requirements: ["Surat pengantar lembaga", "Proposal penelitian", "KTP/KTM"] },
  { code: "HO", name: "Izin Gangguan (HO) — arsip", nameEn: "Nuisance Permit (HO) — historical", slaDays: 7, tariff: 250_000, agency: "Satpol PP", isBusiness: true, active: false, product: "Izin Gangguan", requirements: ["KTP", "Persetujuan tetangga", "Denah lokasi"] },
  { code: "SIUP", name: "Surat Izin Usaha Perdagangan — arsip", nameEn: "Trading Business Licence (SIUP) — historical", slaDays: 3, tariff: 0, agency: DAGIN, isBusiness: true, active: false, product: "SIUP", requirements: ["KTP", "Izin Gangguan/SITU", "NPWP"] },
];

export const COUNTERS = [
  { code: "L1", name: "Loket 1 — Pendaftaran Umum" },
  { code: "L2", name: "Loket 2 — Kesehatan" },
  { code: "L3", name: "Loket 3 — Bangunan dan Tata Ruang" },
  { code: "L4", name: "Loket 4 — Usaha dan Investasi" },
  { code: "L5", name: "Loket 5 — Penyerahan dan Pengaduan" },
];

/** Standard procedure steps published for every licence type (reference.md §5). */
export const DEFAULT_PROCEDURE = [
  "Pendaftaran dan penerimaan berkas di loket (tanda terima)",
  "Verifikasi kelengkapan berkas; berkas tidak lengkap dikembalikan dan waktu berhenti",
  "Tinjauan lapangan oleh Tim Teknis (bila diperlukan)",
  "Rekomendasi teknis dari perangkat daerah terkait",
  "Penetapan dan penandatanganan izin",
  "Penyerahan izin di loket penyerahan",
];

export const DEFAULT_COMPLAINT_HANDLING =
  "Pengaduan dapat disampaikan melalui SMS, formulir web Lentera, atau langsung di Loket 5. Setiap pengaduan mendapat nomor tiket dan dijawab paling lambat 5 hari kerja.";
