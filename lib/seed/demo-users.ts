import "server-only";
import type { Db } from "../db/client";
import { hashPassword } from "../auth/password";
import type { Role } from "../auth/roles";

/** Demo staff, one or more per role; passwords are printed at start-up (demo installations only). */
export const DEMO_USERS: { email: string; name: string; role: Role; password: string; counter?: string }[] = [
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
];

export async function seedDemoUsers(db: Db): Promise<void> {
  const counters = await db.counter.findMany();
  for (const u of DEMO_USERS) {
    await db.user.upsert({
      where: { email: u.email },
      update: {},
      create: {
        email: u.email,
        name: u.name,
        role: u.role,
        passwordHash: await hashPassword(u.password),
        counterId: counters.find((c) => c.code === u.counter)?.id ?? null,
      },
    });
  }
}
