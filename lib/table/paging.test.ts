import { describe, expect, it } from "vitest";
import { listQueryOf, loadPage, nextDirection, pageLinks, pageWindow, tableHref } from "./paging";
import type { TTableState } from "./schemas";

describe("pageWindow", () => {
  it("places page 2 of 130 rows by 20 at rows 21–40 of 7 pages", () => {
    expect(pageWindow(130, 2, 20)).toEqual({ page: 2, pageCount: 7, skip: 20, take: 20, from: 21, to: 40 });
  });
  it("ends the last page at the total", () => {
    expect(pageWindow(130, 7, 20)).toMatchObject({ from: 121, to: 130 });
  });
  it("clamps a page past the end to the last page", () => {
    expect(pageWindow(142, 99, 50)).toMatchObject({ page: 3, skip: 100, from: 101, to: 142 });
  });
  it("shows one empty page for an empty list", () => {
    expect(pageWindow(0, 3, 20)).toEqual({ page: 1, pageCount: 1, skip: 0, take: 20, from: 0, to: 0 });
  });
});

describe("loadPage", () => {
  const rows = Array.from({ length: 45 }, (_, index) => index + 1);
  const read = async (skip: number, take: number) => rows.slice(skip, skip + take);
  it("reads the asked page with the total", async () => {
    const page = await loadPage({ page: 2, size: 20 }, async () => 45, read);
    expect(page).toMatchObject({ total: 45, page: 2, pageCount: 3, from: 21, to: 40 });
    expect(page.rows[0]).toBe(21);
  });
  it("reads the last page for a page past the end", async () => {
    const page = await loadPage({ page: 8, size: 20 }, async () => 45, read);
    expect(page.page).toBe(3);
    expect(page.rows).toEqual([41, 42, 43, 44, 45]);
  });
});

describe("pageLinks", () => {
  it("shows the ends and the neighbours of the current page", () => {
    expect(pageLinks(5, 12)).toEqual([1, null, 4, 5, 6, null, 12]);
    expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(2, 7)).toEqual([1, 2, 3, null, 7]);
  });
});

describe("sort links", () => {
  it("reverses the current column and sorts a new one ascending", () => {
    expect(nextDirection({ sort: "dueDate", dir: "asc" }, "dueDate")).toBe("desc");
    expect(nextDirection({ sort: "dueDate", dir: "desc" }, "dueDate")).toBe("asc");
    expect(nextDirection({ sort: "dueDate", dir: "desc" }, "applicant")).toBe("asc");
  });
});

describe("tableHref", () => {
  const defaults: TTableState = { q: "", sort: "dueDate", dir: "asc", page: 1, size: 20 };
  it("leaves the plain list at its plain address", () => {
    expect(tableHref("/staf/permohonan", defaults, defaults)).toBe("/staf/permohonan");
  });
  it("writes only what differs from the defaults, keeping the page's filters", () => {
    const state = { ...defaults, q: "Budi Santoso", page: 3 };
    expect(
      tableHref("/staf/admin/audit", state, defaults, { sort: "applicant", dir: "desc" }, { action: "user.create" }),
    ).toBe("/staf/admin/audit?action=user.create&q=Budi+Santoso&sort=applicant&dir=desc&page=3");
    expect(tableHref("/x", state, defaults, { size: 50, page: 1 })).toBe("/x?q=Budi+Santoso&size=50");
  });
});

describe("listQueryOf", () => {
  it("counts and cuts a list held in memory", async () => {
    const query = listQueryOf(["a", "b", "c", "d", "e"]);
    expect(await query.count()).toBe(5);
    expect(await query.read(2, 2)).toEqual(["c", "d"]);
    expect(await query.read(4, 2)).toEqual(["e"]);
  });
});
