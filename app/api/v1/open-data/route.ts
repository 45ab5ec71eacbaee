import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { openDataCatalogueApi } from "@/lib/api/operations/open-data";
import { getOpenDataDocuments } from "@/lib/open-data/queries";
import { OPEN_DATA_DATASET_IDS } from "@/lib/open-data/datasets";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/open-data: the catalogue of the public datasets (anonymous): each dataset's metadata block, its row
 * count and where to get it as JSON, CSV and JSON Schema. Only published figures (frozen snapshots) are listed.
 */
export const GET = apiHandler(openDataCatalogueApi, async ({ reply }) => {
  const documents = await getOpenDataDocuments();
  const datasets = OPEN_DATA_DATASET_IDS.map((id) => ({
    ...documents[id].metadata,
    rows: documents[id].data.length,
    links: {
      json: `/api/v1/open-data/${id}.json`,
      csv: `/api/v1/open-data/${id}.csv`,
      schema: `/api/v1/open-data/${id}.schema.json`,
    },
  }));
  return reply(200, { datasets }, { "Cache-Control": "public, max-age=300" });
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
