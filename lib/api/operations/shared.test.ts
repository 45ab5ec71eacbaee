import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isOperation } from "../contract";
import { createdOrRetried, downloadFamily, fileDownload, PDF_FILE } from "./shared";

describe("fileDownload", () => {
  it("declares a GET of the path answering the file with 200, keeping the rest of the spec", () => {
    const query = z.object({ periode: z.string().optional() });
    const op = fileDownload("/api/v1/kpi/weekly-review.pdf", PDF_FILE, {
      tags: ["kpi"],
      summary: "Weekly review",
      access: { capability: "viewDashboards" },
      query,
    });
    expect(isOperation(op)).toBe(true);
    expect(op).toEqual({
      method: "GET",
      path: "/api/v1/kpi/weekly-review.pdf",
      tags: ["kpi"],
      summary: "Weekly review",
      access: { capability: "viewDashboards" },
      query,
      responses: {
        200: { description: "PDF document (A4, attachment)", mediaType: "application/pdf", binary: true },
      },
    });
  });

  it("refuses a path parameter without a params schema, as defineOperation does", () => {
    expect(() =>
      fileDownload("/api/v1/skm/published/{periodKey}/report.pdf", PDF_FILE, {
        tags: ["skm"],
        summary: "x",
        access: { public: true },
      }),
    ).toThrow("GET /api/v1/skm/published/{periodKey}/report.pdf: path parameters need a params schema");
  });
});

describe("createdOrRetried", () => {
  it("answers 201 for the stored row and 200 for a retry, both with the same schema", () => {
    const json = z.object({ id: z.string() });
    expect(createdOrRetried(json, "Stored", "Seen before")).toEqual({
      200: { description: "Seen before", json },
      201: { description: "Stored", json },
    });
  });
});

describe("downloadFamily", () => {
  it("gives the tag, the capability as access, the query and its docs", () => {
    const query = z.object({ periode: z.string().optional() });
    const docs = { periode: { description: "Period key" } };
    expect(downloadFamily("kpi", "viewDashboards", query, docs)).toEqual({
      tags: ["kpi"],
      access: { capability: "viewDashboards" },
      query,
      parameterDocs: docs,
    });
  });
});
