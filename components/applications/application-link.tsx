import Link from "next/link";

/** The registration number as a link to the application's page (/staf/permohonan/<no>). */
export function ApplicationLink({ registrationNo }: { registrationNo: string }) {
  return <Link href={`/staf/permohonan/${encodeURIComponent(registrationNo)}`}>{registrationNo}</Link>;
}
