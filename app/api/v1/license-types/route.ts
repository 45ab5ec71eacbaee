import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { listLicenseTypesApi } from "@/lib/api/operations/core";
import { listLicenseTypes } from "@/lib/reference/queries";

export const dynamic = "force-dynamic";

/** Public: service standards are public information. */
export const GET = apiHandler(listLicenseTypesApi, async () => {
  const types = await listLicenseTypes({ activeOnly: true });
  return {
    data: types.map((lt) => ({
      code: lt.code,
      name: lt.name,
      nameEn: lt.nameEn,
      slaWorkingDays: lt.slaDays,
      tariff: lt.tariff,
      agency: lt.agency,
    })),
  };
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
