import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { pagedCsvStream } from "./csv-stream";

type Row = { id: number; name: string; value: bigint };

function source(total: number, pageSize: number) {
  const calls: Array<number | null> = [];
  let completed: number | null = null;
  const stream = pagedCsvStream<Row, number>({
    header: ["id", "name", "value"],
    fetchPage: async (cursor) => {
      calls.push(cursor);
      const start = cursor ?? 0;
      const rows: Row[] = [];
      for (let id = start + 1; id <= Math.min(total, start + pageSize); id++) {
        rows.push({
          id,
          name: id === 2 ? '=HYPERLINK("x")' : `PT Maju ${id}, Tbk`,
          value: 9_007_199_254_740_993n + BigInt(id),
        });
      }
      return { rows, next: rows.length === pageSize ? start + pageSize : null };
    },
    toCells: (row) => [row.id, row.name, row.value],
    onComplete: (count) => {
      completed = count;
    },
  });
  return { stream, calls, completed: () => completed };
}

describe("pagedCsvStream", () => {
  it("writes a header, every row once, neutralised text and exact integers", async () => {
    const { stream, calls, completed } = source(5, 2);
    const text = await new Response(stream).text();
    expect(text).toBe(
      "id,name,value\r\n" +
        '1,"PT Maju 1, Tbk",9007199254740994\r\n' +
        '2,"\'=HYPERLINK(""x"")",9007199254740995\r\n' +
        '3,"PT Maju 3, Tbk",9007199254740996\r\n' +
        '4,"PT Maju 4, Tbk",9007199254740997\r\n' +
        '5,"PT Maju 5, Tbk",9007199254740998\r\n',
    );
    expect(calls).toEqual([null, 2, 4]);
    expect(completed()).toBe(5);
    const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true });
    expect(parsed.data).toHaveLength(6);
    expect(parsed.data[2][1]).toBe('\'=HYPERLINK("x")');
  });

  it("sends the header before reading any page, and reads a page only when pulled", async () => {
    const { stream, calls } = source(10, 3);
    const reader = stream.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("id,name,value\r\n");
    expect(calls.length).toBeLessThanOrEqual(1);
    await reader.read();
    expect(calls.length).toBeLessThanOrEqual(2);
    await reader.cancel();
  });

  it("calls onClose once when the reader cancels", async () => {
    let closed = 0;
    const stream = pagedCsvStream<number, number>({
      header: ["n"],
      fetchPage: async (cursor) => ({ rows: [(cursor ?? 0) + 1], next: (cursor ?? 0) + 1 }),
      toCells: (n) => [n],
      onClose: () => {
        closed += 1;
      },
    });
    const reader = stream.getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(closed).toBe(1);
  });

  it("an empty export is just the header", async () => {
    const { stream, completed } = source(0, 100);
    expect(await new Response(stream).text()).toBe("id,name,value\r\n");
    expect(completed()).toBe(0);
  });
});
