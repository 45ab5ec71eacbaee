import { apiRoute, methodNotAllowed } from "@/lib/api/http";
import { requireApiCapability } from "@/lib/auth/session";
import { undoOssImport } from "@/lib/oss/undo";

export const dynamic = "force-dynamic";
export const maxDuration = 600;

/** POST /api/v1/oss/imports/{id}/undo: undoes the latest standing OSS import (409 when a later one stands). */
export const POST = apiRoute(async (request, context: { params: Promise<{ id: string }> }) => {
  const actor = await requireApiCapability(request, "importOssProjects");
  const { id } = await context.params;
  return { undone: await undoOssImport({ importId: id, actor, now: new Date() }) };
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
