import { describe, expect, it } from "vitest";
import type { ListQuery } from "./paging";
import type { TTableConfig, TTableState } from "./schemas";
import { loadStaffList, readStaffList, type StaffList } from "./staff-list";

type Sort = "name" | "day";
const TABLE: TTableConfig<Sort> = {
  sorts: ["name", "day"],
  defaultSort: "day",
  defaultDirection: "desc",
  defaultSize: 10,
};

/** 23 rows "r01".."r23"; the fake query records what it was asked. */
const ROWS = Array.from({ length: 23 }, (_, i) => `r${String(i + 1).padStart(2, "0")}`);
const calls: string[] = [];
function fakeQuery(state: TTableState<Sort>, filter: { kind: string }): ListQuery<string> {
  const matching = ROWS.filter((row) => row.includes(state.q)).filter(
    (row) => !filter.kind || row.endsWith(filter.kind),
  );
  const ordered = state.dir === "asc" ? matching : [...matching].reverse();
  return {
    count: async () => matching.length,
    read: async (skip, take) => {
      calls.push(`${state.sort} ${state.dir} ${skip}+${take}`);
      return ordered.slice(skip, skip + take);
    },
  };
}

const LIST: StaffList<Sort, string, { kind: string }> = {
  path: "/staf/contoh",
  capability: "viewAuditLog",
  table: TABLE,
  filter: {
    parse: (raw) => ({ filter: { kind: typeof raw.kind === "string" ? raw.kind : "" }, error: null }),
    params: (filter) => ({ kind: filter.kind || undefined }),
    words: (filter) => (filter.kind ? [`Jenis: ${filter.kind}`] : []),
  },
  query: (state, filter) => fakeQuery(state, filter),
};

describe("loadStaffList", () => {
  it("reads the URL with the list's defaults and loads page 2 of 23 rows, 10 a page, newest first", async () => {
    calls.length = 0;
    const list = await loadStaffList(LIST, { page: "2" }, new Date("2026-12-06T03:00:00Z"));
    expect(list.state).toEqual({ q: "", sort: "day", dir: "desc", page: 2, size: 10 });
    expect(list.page).toEqual({
      rows: ["r13", "r12", "r11", "r10", "r09", "r08", "r07", "r06", "r05", "r04"],
      total: 23,
      page: 2,
      pageCount: 3,
      from: 11,
      to: 20,
    });
    expect(calls).toEqual(["day desc 10+10"]);
    expect(list.table.path).toBe("/staf/contoh");
    expect(list.table.defaults).toEqual({ q: "", sort: "day", dir: "desc", page: 1, size: 10 });
    expect(list.table.filters).toEqual({ kind: undefined });
    // The download keeps search, order and filters, never the page.
    expect(list.downloadParams).toEqual({ kind: undefined, q: undefined, sort: "day", dir: "desc" });
  });

  it("keeps the filter, the search and the order, and reads the last page for a page past the end", async () => {
    calls.length = 0;
    const list = await loadStaffList(
      LIST,
      { q: "r1", kind: "5", sort: "name", dir: "asc", page: "9" },
      new Date("2026-12-06T03:00:00Z"),
    );
    expect(list.page).toEqual({ rows: ["r15"], total: 1, page: 1, pageCount: 1, from: 1, to: 1 });
    expect(calls).toEqual(["name asc 80+10", "name asc 0+10"]);
    expect(list.table.filters).toEqual({ kind: "5" });
    expect(list.downloadParams).toEqual({ kind: "5", q: "r1", sort: "name", dir: "asc" });
  });

  it("falls back to the defaults for values the list does not know", () => {
    const read = readStaffList(LIST, { sort: "password", dir: "up", size: "7", page: "abc" });
    expect(read.state).toEqual({ q: "", sort: "day", dir: "desc", page: 1, size: 10 });
  });
});
