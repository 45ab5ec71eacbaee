import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/api/http";

/** Unknown API paths answer in the API's error shape, not with an HTML page. */
function notFound() {
  return errorResponse(new AppError("NOT_FOUND", "Endpoint tidak ditemukan. Lihat /api/v1/openapi.json."));
}
export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
