import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { undoOssImportApi } from "@/lib/api/operations/oss";
import { undoOssImport } from "@/lib/oss/undo-store";

export const dynamic = "force-dynamic";
export const maxDuration = 600;

/** POST /api/v1/oss/imports/{id}/undo: undoes the latest standing OSS import (409 when a later one stands). */
export const POST = apiHandler(undoOssImportApi, async ({ actor, params }) => ({
  undone: await undoOssImport({ importId: params.id, actor, now: new Date() }),
}));

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
