/** The demo complaints' data tables: what citizens write per category, the office's answers, weights, names. */
import type { ComplaintCategory } from "../complaints/complaint-rules";

// What citizens of Kota Kediri actually write to a licensing office, per category.
export const TEXTS: Record<ComplaintCategory, readonly string[]> = {
  requirements: [
    "Persyaratan PBG di website berbeda dengan yang diminta petugas loket, saya harus bolak-balik.",
    "Kenapa untuk perpanjangan izin reklame masih diminta fotokopi KTP padahal sudah ada NIK?",
    "Daftar berkas untuk SIP praktik bidan tidak lengkap di brosur.",
    "Syarat surat keterangan domisili usaha membingungkan, tolong diperjelas.",
  ],
  procedure: [
    "Alur pengajuan lewat OSS dan lewat loket tidak sama, mohon penjelasan.",
    "Aplikasi antrean online sering error saat mengambil nomor.",
    "Saya sudah daftar online tapi tetap disuruh datang ke kantor untuk hal yang sama.",
    "Prosedur pengambilan izin yang sudah jadi tidak diumumkan, saya tidak tahu harus ke loket mana.",
  ],
  time: [
    "Izin PBG saya sudah lebih dari sebulan belum selesai, padahal standar 28 hari kerja.",
    "Antrean loket lama sekali, saya menunggu hampir 2 jam.",
    "SIUP saya dijanjikan selesai minggu lalu tapi belum jadi juga.",
    "Verifikasi berkas lambat, status di sistem tidak berubah berhari-hari.",
  ],
  fee: [
    "Ada oknum yang menawarkan jasa percepatan izin dengan bayar tambahan di depan kantor.",
    "Saya dimintai uang administrasi padahal di papan tertulis gratis.",
    "Retribusi yang ditagihkan berbeda dengan tarif di standar pelayanan.",
    "Petugas minta uang rokok waktu mengambil izin.",
  ],
  product: [
    "Nama usaha di izin yang terbit salah ketik, mohon diperbaiki.",
    "Alamat di sertifikat izin tidak sesuai dengan pengajuan.",
    "NIB yang tercantum di surat izin salah satu digit.",
  ],
  competence: [
    "Petugas tidak bisa menjelaskan perbedaan KBLI untuk usaha saya.",
    "Petugas salah input data sehingga pengajuan saya ditolak sistem.",
    "Informasi dari petugas informasi dan petugas loket berbeda.",
  ],
  behaviour: [
    "Petugas loket 3 kurang ramah dan menjawab dengan ketus.",
    "Satpam membentak pemohon lansia di ruang tunggu.",
    "Petugas asyik main HP saat antrean panjang.",
  ],
  facilities: [
    "Toilet di ruang tunggu kotor dan airnya mati.",
    "Parkir motor penuh, tidak ada tempat untuk pemohon.",
    "AC ruang tunggu mati, sangat panas siang hari.",
    "Kursi ruang tunggu kurang, banyak yang berdiri.",
  ],
  other: [
    "Mohon jam layanan diperpanjang sampai sore untuk pekerja.",
    "Terima kasih pelayanannya cepat, tapi mohon ada layanan di hari Sabtu.",
    "Saran: sediakan informasi layanan dalam bahasa Jawa untuk warga lanjut usia.",
  ],
};

export const ANSWERS: Record<ComplaintCategory, string> = {
  requirements:
    "Terima kasih atas masukannya. Daftar persyaratan di website dan di loket sudah kami samakan sesuai standar pelayanan.",
  procedure: "Terima kasih. Alur layanan sudah kami perjelas dan petugas informasi akan membantu pemohon di lobi.",
  time: "Mohon maaf atas keterlambatannya. Berkas Anda sudah kami tindak lanjuti dan dapat diambil di loket pengambilan.",
  fee: "Terima kasih atas laporannya. Layanan perizinan tidak dipungut biaya selain retribusi resmi; laporan Anda sudah diteruskan ke Inspektorat.",
  product:
    "Data pada dokumen izin sudah kami perbaiki. Silakan mengambil dokumen pengganti di loket dengan membawa dokumen lama.",
  competence:
    "Terima kasih. Petugas yang bersangkutan sudah mendapat pembinaan dan penjelasan yang benar telah kami sampaikan.",
  behaviour: "Mohon maaf atas ketidaknyamanan Anda. Petugas yang bersangkutan sudah kami tegur dan dibina.",
  facilities: "Terima kasih atas masukannya. Perbaikan sarana sudah kami jadwalkan bersama bagian umum.",
  other: "Terima kasih atas saran Anda, akan kami pertimbangkan dalam evaluasi layanan.",
};

export const CATEGORY_WEIGHTS: readonly (readonly [ComplaintCategory, number])[] = [
  ["time", 28],
  ["requirements", 16],
  ["procedure", 15],
  ["facilities", 12],
  ["behaviour", 8],
  ["fee", 6],
  ["competence", 6],
  ["product", 5],
  ["other", 4],
];

export const FIRST_NAMES = [
  "Siti",
  "Budi",
  "Sri",
  "Agus",
  "Dwi",
  "Eko",
  "Rina",
  "Wahyu",
  "Nur",
  "Yuli",
  "Heru",
  "Lestari",
  "Joko",
  "Indah",
];
export const LAST_NAMES = [
  "Rahayu",
  "Santoso",
  "Wulandari",
  "Prasetyo",
  "Hidayat",
  "Susanti",
  "Setiawan",
  "Kurniawan",
  "Purnomo",
  "Handayani",
];
