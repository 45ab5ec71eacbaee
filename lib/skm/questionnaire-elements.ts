/**
 * Data table: the unsur (elements) of the two survey versions with their questions and 4-point answer labels in
 * Bahasa Indonesia and English — PermenPANRB 14/2017 (9 unsur) and KEP/25/M.PAN/2/2004 (14 unsur), in regulation
 * order. The questionnaires themselves are assembled in questionnaires.ts.
 */
import type { QuestionnaireElement } from "./questionnaires";

function answerLabels(
  labelsId: readonly [string, string, string, string],
  labelsEn: readonly [string, string, string, string],
): QuestionnaireElement["answerLabels"] {
  return [
    { value: 1, labelId: labelsId[0], labelEn: labelsEn[0] },
    { value: 2, labelId: labelsId[1], labelEn: labelsEn[1] },
    { value: 3, labelId: labelsId[2], labelEn: labelsEn[2] },
    { value: 4, labelId: labelsId[3], labelEn: labelsEn[3] },
  ];
}

const SUITABILITY_ID = ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"] as const;
const SUITABILITY_EN = ["Not suitable", "Less suitable", "Suitable", "Very suitable"] as const;
const EASE_ID = ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"] as const;
const EASE_EN = ["Not easy", "Less easy", "Easy", "Very easy"] as const;
const SPEED_ID = ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"] as const;
const SPEED_EN = ["Not fast", "Less fast", "Fast", "Very fast"] as const;
const POLITENESS_ID = [
  "Tidak sopan dan ramah",
  "Kurang sopan dan ramah",
  "Sopan dan ramah",
  "Sangat sopan dan ramah",
] as const;
const POLITENESS_EN = [
  "Not polite and friendly",
  "Less polite and friendly",
  "Polite and friendly",
  "Very polite and friendly",
] as const;

/** Unsur SKM, PermenPANRB 14/2017 lampiran, in regulation order; labels as in the sample form. */
export const ELEMENTS_2017: readonly QuestionnaireElement[] = [
  {
    code: "U1",
    nameId: "Persyaratan",
    nameEn: "Requirements",
    questionId: "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
    questionEn: "How well do the service requirements match the type of service?",
    answerLabels: answerLabels(SUITABILITY_ID, SUITABILITY_EN),
  },
  {
    code: "U2",
    nameId: "Sistem, Mekanisme, dan Prosedur",
    nameEn: "Systems, mechanisms and procedures",
    questionId: "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
    questionEn: "How easy is the service procedure at this unit?",
    answerLabels: answerLabels(EASE_ID, EASE_EN),
  },
  {
    code: "U3",
    nameId: "Waktu Penyelesaian",
    nameEn: "Completion time",
    questionId: "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
    questionEn: "How fast was the service delivered?",
    answerLabels: answerLabels(SPEED_ID, SPEED_EN),
  },
  {
    code: "U4",
    nameId: "Biaya/Tarif",
    nameEn: "Cost/tariff",
    questionId: "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
    questionEn: "How reasonable is the fee/tariff for the service?",
    answerLabels: answerLabels(
      ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"],
      ["Very expensive", "Fairly expensive", "Cheap", "Free"],
    ),
  },
  {
    code: "U5",
    nameId: "Produk Spesifikasi Jenis Pelayanan",
    nameEn: "Service product specification",
    questionId:
      "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
    questionEn: "How well does the service output match what the service standard promises?",
    answerLabels: answerLabels(SUITABILITY_ID, SUITABILITY_EN),
  },
  {
    code: "U6",
    nameId: "Kompetensi Pelaksana",
    nameEn: "Staff competence",
    questionId: "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
    questionEn: "How competent were the staff who served you?",
    answerLabels: answerLabels(
      ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"],
      ["Not competent", "Less competent", "Competent", "Very competent"],
    ),
  },
  {
    code: "U7",
    nameId: "Perilaku Pelaksana",
    nameEn: "Staff behaviour",
    questionId: "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
    questionEn: "How polite and friendly were the staff?",
    answerLabels: answerLabels(POLITENESS_ID, POLITENESS_EN),
  },
  {
    code: "U8",
    nameId: "Penanganan Pengaduan, Saran dan Masukan",
    nameEn: "Handling of complaints, suggestions and feedback",
    questionId: "Bagaimana pendapat Saudara tentang penanganan pengaduan, saran dan masukan di unit ini?",
    questionEn: "How are complaints, suggestions and feedback handled at this unit?",
    answerLabels: answerLabels(
      ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"],
      ["None", "Exists but does not work", "Works but not optimally", "Well managed"],
    ),
  },
  {
    code: "U9",
    nameId: "Sarana dan prasarana",
    nameEn: "Facilities and infrastructure",
    questionId: "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
    questionEn: "How good are the facilities and infrastructure?",
    answerLabels: answerLabels(["Buruk", "Cukup", "Baik", "Sangat Baik"], ["Poor", "Fair", "Good", "Very good"]),
  },
];

/** The 14 unsur of KEP/25/M.PAN/2/2004 in the decree's order, with per-unsur 4-point wording. */
export const ELEMENTS_2004: readonly QuestionnaireElement[] = [
  {
    code: "U1",
    nameId: "Prosedur pelayanan",
    nameEn: "Service procedure",
    questionId: "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
    questionEn: "How easy is the service procedure at this unit?",
    answerLabels: answerLabels(EASE_ID, EASE_EN),
  },
  {
    code: "U2",
    nameId: "Persyaratan pelayanan",
    nameEn: "Service requirements",
    questionId: "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
    questionEn: "How well do the service requirements match the type of service?",
    answerLabels: answerLabels(SUITABILITY_ID, SUITABILITY_EN),
  },
  {
    code: "U3",
    nameId: "Kejelasan petugas pelayanan",
    nameEn: "Clarity of service staff",
    questionId: "Bagaimana pendapat Saudara tentang kejelasan dan kepastian petugas yang melayani?",
    questionEn: "How clear is it who serves you and what they are responsible for?",
    answerLabels: answerLabels(
      ["Tidak jelas", "Kurang jelas", "Jelas", "Sangat jelas"],
      ["Not clear", "Less clear", "Clear", "Very clear"],
    ),
  },
  {
    code: "U4",
    nameId: "Kedisiplinan petugas pelayanan",
    nameEn: "Discipline of service staff",
    questionId: "Bagaimana pendapat Saudara tentang kedisiplinan petugas dalam memberikan pelayanan?",
    questionEn: "How disciplined are the staff in delivering the service?",
    answerLabels: answerLabels(
      ["Tidak disiplin", "Kurang disiplin", "Disiplin", "Sangat disiplin"],
      ["Not disciplined", "Less disciplined", "Disciplined", "Very disciplined"],
    ),
  },
  {
    code: "U5",
    nameId: "Tanggung jawab petugas pelayanan",
    nameEn: "Responsibility of service staff",
    questionId: "Bagaimana pendapat Saudara tentang tanggung jawab petugas dalam memberikan pelayanan?",
    questionEn: "How responsible are the staff in delivering the service?",
    answerLabels: answerLabels(
      ["Tidak bertanggung jawab", "Kurang bertanggung jawab", "Bertanggung jawab", "Sangat bertanggung jawab"],
      ["Not responsible", "Less responsible", "Responsible", "Very responsible"],
    ),
  },
  {
    code: "U6",
    nameId: "Kemampuan petugas pelayanan",
    nameEn: "Ability of service staff",
    questionId: "Bagaimana pendapat Saudara tentang kemampuan petugas dalam memberikan pelayanan?",
    questionEn: "How capable are the staff in delivering the service?",
    answerLabels: answerLabels(
      ["Tidak mampu", "Kurang mampu", "Mampu", "Sangat mampu"],
      ["Not capable", "Less capable", "Capable", "Very capable"],
    ),
  },
  {
    code: "U7",
    nameId: "Kecepatan pelayanan",
    nameEn: "Speed of service",
    questionId: "Bagaimana pendapat Saudara tentang kecepatan pelayanan di unit ini?",
    questionEn: "How fast is the service at this unit?",
    answerLabels: answerLabels(SPEED_ID, SPEED_EN),
  },
  {
    code: "U8",
    nameId: "Keadilan mendapatkan pelayanan",
    nameEn: "Fairness in receiving service",
    questionId: "Bagaimana pendapat Saudara tentang keadilan untuk mendapatkan pelayanan di unit ini?",
    questionEn: "How fairly are applicants treated at this unit?",
    answerLabels: answerLabels(
      ["Tidak adil", "Kurang adil", "Adil", "Sangat adil"],
      ["Not fair", "Less fair", "Fair", "Very fair"],
    ),
  },
  {
    code: "U9",
    nameId: "Kesopanan dan keramahan petugas",
    nameEn: "Courtesy and friendliness of staff",
    questionId: "Bagaimana pendapat Saudara tentang kesopanan dan keramahan petugas dalam memberikan pelayanan?",
    questionEn: "How polite and friendly were the staff?",
    answerLabels: answerLabels(POLITENESS_ID, POLITENESS_EN),
  },
  {
    code: "U10",
    nameId: "Kewajaran biaya pelayanan",
    nameEn: "Reasonableness of service cost",
    questionId: "Bagaimana pendapat Saudara tentang kewajaran biaya untuk mendapatkan pelayanan?",
    questionEn: "How reasonable is the cost of obtaining the service?",
    answerLabels: answerLabels(
      ["Tidak wajar", "Kurang wajar", "Wajar", "Sangat wajar"],
      ["Not reasonable", "Less reasonable", "Reasonable", "Very reasonable"],
    ),
  },
  {
    code: "U11",
    nameId: "Kepastian biaya pelayanan",
    nameEn: "Certainty of service cost",
    questionId:
      "Bagaimana pendapat Saudara tentang kesesuaian antara biaya yang dibayarkan dengan biaya yang telah ditetapkan?",
    questionEn: "How well does the amount you paid match the officially set cost?",
    answerLabels: answerLabels(SUITABILITY_ID, SUITABILITY_EN),
  },
  {
    code: "U12",
    nameId: "Kepastian jadwal pelayanan",
    nameEn: "Certainty of service schedule",
    questionId: "Bagaimana pendapat Saudara tentang ketepatan pelaksanaan terhadap jadwal waktu pelayanan?",
    questionEn: "How punctually does the service follow its published schedule?",
    answerLabels: answerLabels(
      ["Tidak tepat waktu", "Kurang tepat waktu", "Tepat waktu", "Sangat tepat waktu"],
      ["Not on time", "Rarely on time", "On time", "Always on time"],
    ),
  },
  {
    code: "U13",
    nameId: "Kenyamanan lingkungan",
    nameEn: "Comfort of the environment",
    questionId: "Bagaimana pendapat Saudara tentang kenyamanan di lingkungan unit pelayanan?",
    questionEn: "How comfortable are the surroundings of the service unit?",
    answerLabels: answerLabels(
      ["Tidak nyaman", "Kurang nyaman", "Nyaman", "Sangat nyaman"],
      ["Not comfortable", "Less comfortable", "Comfortable", "Very comfortable"],
    ),
  },
  {
    code: "U14",
    nameId: "Keamanan pelayanan",
    nameEn: "Security of service",
    questionId: "Bagaimana pendapat Saudara tentang keamanan pelayanan di unit ini?",
    questionEn: "How safe and secure is the service environment at this unit?",
    answerLabels: answerLabels(
      ["Tidak aman", "Kurang aman", "Aman", "Sangat aman"],
      ["Not secure", "Less secure", "Secure", "Very secure"],
    ),
  },
];
