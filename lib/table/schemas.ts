import { z } from "zod";

/**
 * The URL state of a staff list (issue 16): search text `q`, the sort column and direction, the page and its size.
 * Every list parses its query string with `tableParamsSchema`, so a shared link reproduces the view. A value that
 * is missing, unknown or malformed falls back to the list's default (a hand-edited `?page=abc` shows page 1, never
 * an error page). Pure.
 */
export const PAGE_SIZES = [10, 20, 50, 100] as const;
export type TPageSize = (typeof PAGE_SIZES)[number];
export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export type TSortDirection = (typeof SORT_DIRECTIONS)[number];
/** Longest search text kept; longer input is cut (a search box is not a place for essays). */
export const MAX_QUERY_LENGTH = 100;
/** Highest page number accepted; anything above is clamped to the last page when the total is known. */
export const MAX_PAGE = 100_000;

export type TTableConfig<S extends string> = {
  /** The columns a reader may sort by (the `sort` values the URL may carry). */
  sorts: readonly [S, ...S[]];
  defaultSort: S;
  defaultDirection: TSortDirection;
  defaultSize?: TPageSize;
};

/**
 * A list's configuration in one line: the sortable columns (the first is the default sort), the default direction
 * and page size.
 */
export function defineTable<const S extends string>(
  sorts: readonly [S, ...S[]],
  defaultDirection: TSortDirection,
  defaultSize?: TPageSize,
): TTableConfig<S> {
  return { sorts, defaultSort: sorts[0], defaultDirection, defaultSize };
}

export type TTableState<S extends string = string> = {
  q: string;
  sort: S;
  dir: TSortDirection;
  page: number;
  size: TPageSize;
};

export type RawParams = Record<string, string | string[] | undefined>;

/** The first value of a repeated query parameter (`?page=2&page=3` reads 2). */
export function firstValue(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

const DEFAULT_SIZE: TPageSize = 20;

export function tableParamsSchema<S extends string>(config: TTableConfig<S>) {
  const size = config.defaultSize ?? DEFAULT_SIZE;
  return z.object({
    q: z.preprocess(
      firstValue,
      z
        .string()
        .transform((text) => text.trim().slice(0, MAX_QUERY_LENGTH))
        .catch(""),
    ),
    sort: z.preprocess(firstValue, z.enum(config.sorts as unknown as [S, ...S[]]).catch(config.defaultSort)),
    dir: z.preprocess(firstValue, z.enum(SORT_DIRECTIONS).catch(config.defaultDirection)),
    page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(MAX_PAGE).catch(1)),
    size: z.preprocess(
      firstValue,
      z.coerce
        .number()
        .refine((value): value is TPageSize => (PAGE_SIZES as readonly number[]).includes(value))
        .catch(size),
    ),
  });
}

/** Reads a list's state from its page's `searchParams`; never throws. */
export function parseTableParams<S extends string>(config: TTableConfig<S>, raw: RawParams): TTableState<S> {
  const parsed = tableParamsSchema(config).parse(raw);
  return { ...parsed, sort: parsed.sort as S, size: parsed.size as TPageSize };
}

/** The state a list shows when its URL carries nothing. */
export function defaultTableState<S extends string>(config: TTableConfig<S>): TTableState<S> {
  return parseTableParams(config, {});
}
