import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldIssue, parseOrThrow } from "./parse";

describe("fieldIssue", () => {
  it("refuses the input naming the field with the message", () => {
    const schema = z.object({ from: z.number(), to: z.number() }).superRefine((v, ctx) => {
      if (v.to < v.from) fieldIssue(ctx, "to", "to tidak boleh sebelum from");
    });
    expect(schema.parse({ from: 1, to: 2 })).toEqual({ from: 1, to: 2 });
    expect(() => parseOrThrow(schema, { from: 3, to: 2 }, "Rentang tidak valid.")).toThrow(
      expect.objectContaining({ message: "Rentang tidak valid.", fields: { to: "to tidak boleh sebelum from" } }),
    );
  });
});
