import "server-only";
import { withRangeAliases } from "../periods/range-params";
import type { z } from "zod";
import { AppError } from "../errors";
import { getEnv } from "../env";
import { requireApiCapability } from "../auth/session";
import type { Actor } from "../users/user-store";
import { crossSiteRefusal } from "../security/request-guard";
import { parseOrThrow } from "../validation/parse";
import {
  acceptedMediaTypes,
  errorStatuses,
  type BodySpec,
  type BytesBody,
  type DomainJsonBody,
  type MultipartBody,
  type OperationSpec,
  type TextBody,
} from "./contract";
import { contentTypeOf, errorResponse, readBodyBytes } from "./http";

/** The contract a route handler was built from (the OpenAPI test reads it off every exported handler). */
export const OPERATION: unique symbol = Symbol.for("lentera.api.operation");

type Parsed<S> = S extends z.ZodType ? z.output<S> : Record<string, never>;
/** A file of a multipart body: the name the client gave it and its bytes. */
export type UploadedFile = { name: string; bytes: Uint8Array };
type BodyValue<B> = B extends DomainJsonBody
  ? unknown
  : B extends MultipartBody<infer S, infer F>
    ? { fields: z.output<S>; files: Record<F, UploadedFile> }
    : B extends { kind: "json" | "form"; schema: infer S extends z.ZodType }
      ? z.output<S>
      : B extends TextBody
        ? string
        : B extends BytesBody
          ? Uint8Array
          : never;
/** One body kind: its value; several (JSON or CSV): `{ kind, value }` to branch on. */
type BodyOf<O extends OperationSpec> = O["body"] extends readonly [infer Only]
  ? BodyValue<Only>
  : O["body"] extends readonly (infer B)[]
    ? B extends BodySpec
      ? { kind: B["kind"]; value: BodyValue<B> }
      : never
    : never;
type JsonStatus<O extends OperationSpec> = {
  [K in keyof O["responses"]]: O["responses"][K] extends { json: z.ZodType } ? K : never;
}[keyof O["responses"]];
type JsonInput<O extends OperationSpec, K> = K extends keyof O["responses"]
  ? O["responses"][K] extends { json: infer S extends z.ZodType }
    ? z.input<S>
    : never
  : never;

/** A JSON answer with a status other than 200 (or extra headers), made by `reply`. */
class JsonReply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string>,
  ) {}
}

export type HandlerContext<O extends OperationSpec> = {
  request: Request;
  /** The caller, when the contract's access is a capability (already checked); null otherwise. */
  actor: O["access"] extends { capability: unknown } ? Actor : null;
  params: Parsed<O["params"]>;
  query: Parsed<O["query"]>;
  /** Reads and validates the body with the contract's schema for its Content-Type (415/413/400/422 as documented). */
  body: () => Promise<BodyOf<O>>;
  /** The raw body as text (e.g. to check a signature), read once within the same limits; `body()` parses the same. */
  text: () => Promise<string>;
  /** A JSON answer with one of the contract's statuses, typed by that status's schema. */
  reply: <K extends JsonStatus<O>>(status: K, body: JsonInput<O, K>, headers?: Record<string, string>) => JsonReply;
};

/** A plain value is the 200 JSON answer; `reply(...)` any documented JSON status; a Response files and streams. */
export type HandlerResult<O extends OperationSpec> = JsonInput<O, 200> | JsonReply | Response;

type RouteContext = { params?: Promise<Record<string, string | string[] | undefined>> };
export type ApiRouteHandler = ((request: Request, context?: RouteContext) => Promise<Response>) & {
  readonly [OPERATION]: OperationSpec;
};

/**
 * Builds the route handler of an operation: refuses cross-site writes, checks the capability, validates path and
 * query with the contract's schemas, hands the handler its typed inputs, turns plain values into JSON (no-store) and
 * AppErrors into the error shape. Outside production every answer is checked against the contract (status
 * documented, JSON body valid for its schema, file Content-Type as declared): a drift fails the tests as a 500.
 */
export function apiHandler<const O extends OperationSpec>(
  operation: O,
  handler: (context: HandlerContext<O>) => Promise<HandlerResult<O>>,
): ApiRouteHandler {
  const route = async (request: Request, context?: RouteContext): Promise<Response> => {
    const env = getEnv();
    const checking = env.NODE_ENV !== "production";
    const body = new BodyReader(request, operation.body ?? []);
    try {
      const refusal = crossSiteRefusal(request, env.LENTERA_PUBLIC_URL);
      if (refusal) throw refusal;
      const actor =
        "capability" in operation.access ? await requireApiCapability(request, operation.access.capability) : null;
      const params = operation.params
        ? parseOrThrow(operation.params, (await context?.params) ?? {}, "Parameter tidak valid.")
        : {};
      const query = operation.query
        ? parseOrThrow(
            operation.query,
            // A range may come as the dashboards write it (?dari=…&sampai=…), as well as from/to.
            withRangeAliases(Object.fromEntries(new URL(request.url).searchParams)),
            "Parameter tidak valid.",
          )
        : {};
      const result = await handler({
        request,
        actor: actor as HandlerContext<O>["actor"],
        params: params as Parsed<O["params"]>,
        query: query as Parsed<O["query"]>,
        body: () => body.value() as Promise<BodyOf<O>>,
        text: () => body.text(),
        reply: (status, value, headers = {}) => new JsonReply(Number(status), value, headers),
      });
      const response = toResponse(result);
      if (checking) await checkAnswer(operation, response, result, body.wasRead);
      return response;
    } catch (error) {
      const response = errorResponse(error);
      if (checking && response.status !== 500 && !errorStatuses(operation).has(response.status)) {
        return errorResponse(
          new Error(`${label(operation)} answered ${response.status}, undocumented in its contract`),
        );
      }
      return response;
    }
  };
  return Object.assign(route, { [OPERATION]: operation });
}

function toResponse(result: unknown): Response {
  if (result instanceof Response) return result;
  if (result instanceof JsonReply) {
    return Response.json(result.body, {
      status: result.status,
      headers: { "Cache-Control": "no-store", ...result.headers },
    });
  }
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
}

const label = (op: OperationSpec) => `${op.method} ${op.path}`;

/** The contract check of an answer (tests and development): a failure becomes a logged 500. */
async function checkAnswer(op: OperationSpec, response: Response, result: unknown, bodyWasRead: boolean) {
  const status = response.status;
  const success = op.responses[status];
  const error = errorStatuses(op).get(status);
  if (!success && !error) throw new Error(`${label(op)} answered ${status}, undocumented in its contract`);
  if (success && op.body && !bodyWasRead) throw new Error(`${label(op)} declares a body but never read it`);
  const schema = success ? ("json" in success ? success.json : null) : error!.json;
  if (schema) {
    const wire: unknown =
      result instanceof Response
        ? await response.clone().json()
        : JSON.parse(JSON.stringify(result instanceof JsonReply ? result.body : result));
    const checked = schema.safeParse(wire);
    if (!checked.success) {
      throw new Error(
        `${label(op)} ${status} does not match its documented schema: ${JSON.stringify(checked.error.issues)}`,
      );
    }
  } else if (success && "mediaType" in success) {
    const type = response.headers.get("content-type") ?? "";
    const documented = [success.mediaType].flat();
    if (!documented.some((mediaType) => type.startsWith(mediaType)))
      throw new Error(`${label(op)} ${status} sent ${type}, documented ${documented.join(" or ")}`);
  }
}

/** Reads the body once, on first use, within the limit of the body kind its Content-Type selects. */
class BodyReader {
  private bytes: Promise<{ spec: BodySpec; bytes: Uint8Array }> | null = null;
  wasRead = false;

  constructor(
    private readonly request: Request,
    private readonly specs: readonly BodySpec[],
  ) {}

  private read() {
    this.wasRead = true;
    this.bytes ??= (async () => {
      const types = acceptedMediaTypes(this.specs);
      const spec = this.specs.find((s) => s.mediaTypes.includes(contentTypeOf(this.request)));
      const tooLarge = spec?.kind === "multipart" ? spec.tooLarge : undefined;
      const bytes = await readBodyBytes(this.request, {
        types,
        maxBytes: spec?.maxBytes ?? 0,
        tooLarge: tooLarge
          ? () => new AppError("VALIDATION", tooLarge.message, { fields: { [tooLarge.field]: tooLarge.message } })
          : undefined,
      });
      return { spec: spec!, bytes };
    })();
    return this.bytes;
  }

  async text(): Promise<string> {
    return new TextDecoder("utf-8").decode((await this.read()).bytes);
  }

  async value(): Promise<unknown> {
    const { spec, bytes } = await this.read();
    const value = await this.parse(spec, bytes);
    return this.specs.length > 1 ? { kind: spec.kind, value } : value;
  }

  private async parse(spec: BodySpec, bytes: Uint8Array): Promise<unknown> {
    if (spec.kind === "bytes") return bytes;
    if (spec.kind === "multipart") return this.multipart(spec, bytes);
    const text = new TextDecoder("utf-8").decode(bytes);
    if (spec.kind === "text") return text;
    if (spec.kind === "form") {
      return parseOrThrow(spec.schema, Object.fromEntries(new URLSearchParams(text)), spec.invalidMessage);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new AppError("BAD_REQUEST", "Isi permintaan bukan JSON yang valid.");
    }
    return "parsedBy" in spec ? data : parseOrThrow(spec.schema, data, spec.invalidMessage);
  }

  /** Parses multipart/form-data: 400 when it is not, 422 naming a missing file field or an invalid text field. */
  private async multipart(spec: MultipartBody, bytes: Uint8Array): Promise<unknown> {
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(bytes), {
        headers: { "content-type": this.request.headers.get("content-type") ?? "" },
      }).formData();
    } catch {
      throw new AppError("BAD_REQUEST", "Isi permintaan bukan multipart/form-data yang valid.");
    }
    const files: Record<string, UploadedFile> = {};
    const missing: Record<string, string> = {};
    for (const name of Object.keys(spec.files)) {
      const file = form.get(name);
      if (file instanceof File) files[name] = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
      else missing[name] = "Berkas wajib dikirim.";
    }
    if (Object.keys(missing).length > 0) {
      throw new AppError("VALIDATION", `Kirim berkas pada kolom ${Object.keys(missing).join(", ")}.`, {
        fields: missing,
      });
    }
    const text = Object.fromEntries(
      [...form.entries()].filter(
        (entry): entry is [string, string] => typeof entry[1] === "string" && !(entry[0] in spec.files),
      ),
    );
    return { fields: parseOrThrow(spec.schema, text, spec.invalidMessage), files };
  }
}
