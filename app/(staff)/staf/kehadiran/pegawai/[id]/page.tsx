import type { Metadata } from "next";
import { requirePageCapability } from "@/lib/auth/session";
import { PersonMonth } from "../../_components/person-month";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Kehadiran pegawai / Staff attendance" };

export default async function PersonAttendancePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ bulan?: string }>;
}) {
  const { id } = await params;
  await requirePageCapability("viewAttendance", `/staf/kehadiran/pegawai/${encodeURIComponent(id)}`);
  const { bulan } = await searchParams;
  return <PersonMonth userId={id} requestedMonth={typeof bulan === "string" ? bulan : undefined} isOwn={false} />;
}
