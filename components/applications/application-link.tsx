import Link from "next/link";

/**
 * The registration number as a link to the application's page (/staf/permohonan/<no>), or as plain text for a
 * reader who may not open application files (a planner sees the number, never a link to "Akses ditolak").
 */
export function ApplicationLink({ registrationNo, linked = true }: { registrationNo: string; linked?: boolean }) {
  if (!linked) return <>{registrationNo}</>;
  return <Link href={`/staf/permohonan/${encodeURIComponent(registrationNo)}`}>{registrationNo}</Link>;
}
