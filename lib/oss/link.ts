/**
 * Which Lentera application an OSS project is (issue 17), so a project known to both systems counts once. Pure.
 *
 * In order:
 * 1. the row's nomor_registrasi names the application (an error when it does not exist or is another project's);
 * 2. a link made by an earlier import stays;
 * 3. by NIB among the issued business licences with an investment that no other project has: the one with the same
 *    KBLI code when exactly one has it and the file has one project of that NIB and KBLI, else the only one when the
 *    NIB has a single project in the file.
 * Anything else stays unlinked; a NIB with candidates that could not be told apart is reported as ambiguous (the
 * planner adds nomor_registrasi). Rows are decided in file order, so two passes over a file decide the same.
 */

export type LinkCandidate = { id: string; registrationNo: string; kbli: string | null };

export type LinkState = {
  /** Links stored by earlier imports: project → application and application → project. */
  storedByProject: ReadonlyMap<string, string>;
  storedByApplication: ReadonlyMap<string, string>;
  /** Issued business licences with an investment, by NIB. */
  candidatesByNib: ReadonlyMap<string, readonly LinkCandidate[]>;
  /** Applications named in the file's nomor_registrasi cells, by registration number. */
  byRegistrationNo: ReadonlyMap<string, LinkCandidate>;
  /** Projects per NIB, and per NIB + KBLI ("nib|kbli"), in the file. */
  projectsPerNib: ReadonlyMap<string, number>;
  projectsPerNibKbli: ReadonlyMap<string, number>;
};

export const LINK_BASES = ["registration_no", "nib_kbli", "nib", "kept"] as const;
export type LinkBasis = (typeof LINK_BASES)[number];

export type LinkDecision =
  | { kind: "linked"; applicationId: string; basis: LinkBasis }
  | { kind: "unlinked"; ambiguousCandidates: number }
  | { kind: "error"; column: "nomor_registrasi"; message: string };

export type Linker = {
  decide(row: { idProyek: string; nib: string; kbli: string; registrationNo: string | null }): LinkDecision;
};

export function createLinker(state: LinkState): Linker {
  const claimed = new Map<string, string>();
  const takenByOther = (applicationId: string, idProyek: string) => {
    const owner = claimed.get(applicationId) ?? state.storedByApplication.get(applicationId);
    return owner !== undefined && owner !== idProyek ? owner : null;
  };
  const claim = (applicationId: string, idProyek: string, basis: LinkBasis): LinkDecision => {
    claimed.set(applicationId, idProyek);
    return { kind: "linked", applicationId, basis };
  };
  return {
    decide(row) {
      if (row.registrationNo) {
        const named = state.byRegistrationNo.get(row.registrationNo);
        if (!named)
          return {
            kind: "error",
            column: "nomor_registrasi",
            message: `Permohonan ${row.registrationNo} tidak ditemukan di Lentera.`,
          };
        const owner = takenByOther(named.id, row.idProyek);
        if (owner)
          return {
            kind: "error",
            column: "nomor_registrasi",
            message: `Permohonan ${row.registrationNo} sudah terhubung dengan proyek ${owner}.`,
          };
        return claim(named.id, row.idProyek, "registration_no");
      }
      const stored = state.storedByProject.get(row.idProyek);
      if (stored && !claimed.has(stored)) return claim(stored, row.idProyek, "kept");
      const free = (state.candidatesByNib.get(row.nib) ?? []).filter((c) => !takenByOther(c.id, row.idProyek));
      const sameKbli = free.filter((candidate) => candidate.kbli === row.kbli);
      if (sameKbli.length === 1 && (state.projectsPerNibKbli.get(`${row.nib}|${row.kbli}`) ?? 0) === 1)
        return claim(sameKbli[0]!.id, row.idProyek, "nib_kbli");
      if (free.length === 1 && (state.projectsPerNib.get(row.nib) ?? 0) === 1)
        return claim(free[0]!.id, row.idProyek, "nib");
      return { kind: "unlinked", ambiguousCandidates: free.length };
    },
  };
}
