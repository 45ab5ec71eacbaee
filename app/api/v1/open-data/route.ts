import { apiRoute, methodNotAllowed } from "@/lib/api/http";
import { getOpenDataDocuments } from "@/lib/open-data/queries";
import { OPEN_DATA_DATASET_IDS } from "@/lib/open-data/datasets";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/open-data: the catalogue of the public datasets (anonymous): each dataset's metadata block, its row
 * count and where to get it as JSON, CSV and JSON Schema. Only published figures (frozen snapshots) are listed.
 */
export const GET = apiRoute(async () => {
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
  return Response.json({ datasets }, { headers: { "Cache-Control": "public, max-age=300" } });
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
