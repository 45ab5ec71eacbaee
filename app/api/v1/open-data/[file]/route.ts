import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { openDataFileApi } from "@/lib/api/operations/open-data";
import { AppError } from "@/lib/errors";
import { datasetJsonSchema, isOpenDataDatasetId, OPEN_DATA_DATASET_IDS } from "@/lib/open-data/datasets";
import { getOpenDataDocument, openDataCsv } from "@/lib/open-data/queries";

export const dynamic = "force-dynamic";

const FILE = /^([a-z-]+)\.(json|csv|schema\.json)$/;

/**
 * GET /api/v1/open-data/{dataset}.json | .csv | .schema.json (anonymous): one dataset in the tidy Satu Data shape —
 * JSON { metadata, data }, CSV of the rows, or the JSON Schema (2020-12) the JSON document satisfies.
 */
export const GET = apiHandler(openDataFileApi, async ({ params }) => {
  const match = FILE.exec(params.file);
  const id = match?.[1] ?? "";
  if (!match || !isOpenDataDatasetId(id))
    throw new AppError(
      "NOT_FOUND",
      `Dataset tidak dikenal; pilih ${OPEN_DATA_DATASET_IDS.join(", ")} dengan akhiran .json, .csv atau .schema.json.`,
    );
  const cache = { "Cache-Control": "public, max-age=300" };
  if (match[2] === "schema.json")
    return Response.json(datasetJsonSchema(id), {
      headers: { ...cache, "Content-Type": "application/schema+json" },
    });
  const document = await getOpenDataDocument(id);
  if (match[2] === "json") return Response.json(document, { headers: cache });
  return new Response(`\uFEFF${openDataCsv(id, document)}`, {
    headers: {
      ...cache,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="lentera-${id}.csv"`,
    },
  });
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
