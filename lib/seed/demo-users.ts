import "server-only";
import type { Db } from "../db/client";
import { hashPassword } from "../auth/password";
import type { Role } from "../auth/roles";

type DemoUser = { email: string; name: string; role: Role; password: string; counter?: string; agency?: string };

/** One account per technical agency of the active licence types (issue 20), all with one demo password. */
const AGENCY_PASSWORD = "perangkat-lentera-2026";
const DEMO_AGENCIES: [slug: string, person: string, agency: string][] = [
  ["pupr", "Hadi", "Dinas PUPR (Cipta Karya dan Tata Ruang)"],
  ["dinkes", "Laras", "Dinas Kesehatan"],
  ["disperindag", "Yoga", "Dinas Perdagangan dan Perindustrian"],
  ["bapenda", "Nanik", "Badan Pendapatan Daerah"],
  ["disbudparpora", "Galih", "Dinas Kebudayaan, Pariwisata, Kepemudaan dan Olahraga"],
  ["dinkop", "Tari", "Dinas Koperasi dan Usaha Mikro"],
  ["dlh", "Wawan", "Dinas Lingkungan Hidup"],
  ["dishub", "Rudi", "Dinas Perhubungan"],
  ["dispendik", "Endah", "Dinas Pendidikan"],
  ["bakesbangpol", "Fajar", "Badan Kesatuan Bangsa dan Politik"],
];

/** Demo staff, one or more per role; passwords are printed at start-up (demo installations only). */
export const DEMO_USERS: DemoUser[] = [
  { email: "admin@lentera.demo", name: "Ratna Admin", role: "ADMIN", password: "admin-lentera-2026" },
  {
    email: "pimpinan@lentera.demo",
    name: "Bambang Kepala Dinas",
    role: "LEADERSHIP",
    password: "pimpinan-lentera-2026",
  },
  { email: "perencana@lentera.demo", name: "Sari Perencana", role: "PLANNER", password: "perencana-lentera-2026" },
  {
    email: "petugas@lentera.demo",
    name: "Agus Petugas Loket",
    role: "OFFICER",
    password: "petugas-lentera-2026",
    counter: "L1",
  },
  {
    email: "petugas2@lentera.demo",
    name: "Dewi Petugas Loket",
    role: "OFFICER",
    password: "petugas-lentera-2026",
    counter: "L2",
  },
  ...DEMO_AGENCIES.map(([slug, person, agency]) => ({
    email: `${slug}@lentera.demo`,
    name: `${person} (${agency})`,
    role: "AGENCY" as const,
    password: AGENCY_PASSWORD,
    agency,
  })),
];

export async function seedDemoUsers(db: Db): Promise<void> {
  const counters = await db.counter.findMany();
  // Accounts that share a demo password share its hash: scrypt once per password, not once per account.
  const hashes = new Map<string, Promise<string>>();
  const hashOf = (password: string) => {
    if (!hashes.has(password)) hashes.set(password, hashPassword(password));
    return hashes.get(password)!;
  };
  for (const u of DEMO_USERS) {
    await db.user.upsert({
      where: { email: u.email },
      update: {},
      create: {
        email: u.email,
        name: u.name,
        role: u.role,
        passwordHash: await hashOf(u.password),
        counterId: counters.find((c) => c.code === u.counter)?.id ?? null,
        agency: u.agency ?? null,
      },
    });
  }
}
