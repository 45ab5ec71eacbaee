import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { listOssImportsApi } from "@/lib/api/operations/oss";
import { listOssImports } from "@/lib/oss/store";

export const dynamic = "force-dynamic";

/** GET /api/v1/oss/imports: the latest OSS project imports (newest first), with counts and undo state. */
export const GET = apiHandler(listOssImportsApi, async () => {
  const imports = await listOssImports(50);
  return {
    imports: imports.map((row) => ({
      ...row,
      importedAt: row.importedAt.toISOString(),
      undoneAt: row.undoneAt?.toISOString() ?? null,
    })),
  };
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
