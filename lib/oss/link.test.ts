import { describe, expect, it } from "vitest";
import { createLinker, type LinkState } from "./link";

const NIB = "9120001234567";
const state = (overrides: Partial<LinkState> = {}): LinkState => ({
  storedByProject: new Map(),
  storedByApplication: new Map(),
  candidatesByNib: new Map([
    [
      NIB,
      [
        { id: "app-roti", registrationNo: "503/1/2024", kbli: "10710" },
        { id: "app-toko", registrationNo: "503/2/2024", kbli: "47111" },
      ],
    ],
    ["9120009999999", [{ id: "app-solo", registrationNo: "503/3/2024", kbli: "56101" }]],
  ]),
  byRegistrationNo: new Map([["503/2/2024", { id: "app-toko", registrationNo: "503/2/2024", kbli: "47111" }]]),
  projectsPerNib: new Map([
    [NIB, 2],
    ["9120009999999", 1],
  ]),
  projectsPerNibKbli: new Map([
    [`${NIB}|10710`, 1],
    [`${NIB}|62019`, 1],
    ["9120009999999|10110", 1],
  ]),
  ...overrides,
});
const row = (idProyek: string, nib: string, kbli: string, registrationNo: string | null = null) => ({
  idProyek,
  nib,
  kbli,
  registrationNo,
});

describe("createLinker", () => {
  it("links a NIB with two projects by KBLI, and leaves the other project unlinked as ambiguous", () => {
    const linker = createLinker(state());
    expect(linker.decide(row("R-1", NIB, "10710"))).toEqual({
      kind: "linked",
      applicationId: "app-roti",
      basis: "nib_kbli",
    });
    // The second project of the NIB has no application with its KBLI; one candidate is left but the NIB has 2 projects.
    expect(linker.decide(row("R-2", NIB, "62019"))).toEqual({ kind: "unlinked", ambiguousCandidates: 1 });
  });

  it("links the only application of a NIB with a single project whatever its KBLI", () => {
    expect(createLinker(state()).decide(row("R-9", "9120009999999", "10110"))).toEqual({
      kind: "linked",
      applicationId: "app-solo",
      basis: "nib",
    });
  });

  it("follows nomor_registrasi, and refuses an unknown one or one that is another project's", () => {
    const linker = createLinker(state());
    expect(linker.decide(row("R-2", NIB, "62019", "503/2/2024"))).toMatchObject({ applicationId: "app-toko" });
    expect(linker.decide(row("R-3", NIB, "62019", "503/2/2024"))).toEqual({
      kind: "error",
      column: "nomor_registrasi",
      message: "Permohonan 503/2/2024 sudah terhubung dengan proyek R-2.",
    });
    expect(linker.decide(row("R-4", NIB, "62019", "503/404/2024"))).toMatchObject({ kind: "error" });
  });

  it("keeps a stored link, and never gives an application that another project holds", () => {
    const linker = createLinker(
      state({
        storedByProject: new Map([["R-OLD", "app-roti"]]),
        storedByApplication: new Map([["app-roti", "R-OLD"]]),
      }),
    );
    expect(linker.decide(row("R-OLD", NIB, "99999"))).toEqual({
      kind: "linked",
      applicationId: "app-roti",
      basis: "kept",
    });
    expect(linker.decide(row("R-1", NIB, "10710"))).toEqual({ kind: "unlinked", ambiguousCandidates: 1 });
  });
});
