// Types of scripts/public-page-cache.mjs (plain JavaScript: the server runs without a TypeScript loader).
import type { IncomingMessage, ServerResponse } from "node:http";

export declare const PUBLIC_PAGE_CACHE: unique symbol;
export declare const CACHE_HEADER: "x-lentera-page-cache";

export type CapturedResponse = { statusCode: number; headers: Record<string, unknown>; body: Buffer };
export type CachedPage = {
  statusCode: number;
  headers: [string, unknown][];
  nonce: string | null;
  parts: Buffer[];
  storedAt: number;
};

export declare function cacheKeyOf(req: {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}): string | null;
export declare function toEntry(captured: CapturedResponse, now: number): CachedPage;
export declare function renderEntry(
  entry: CachedPage,
  options?: { acceptEncoding?: string; nonce?: string },
): { statusCode: number; headers: [string, unknown][]; body: Buffer; nonce: string };

export type PublicPageCache = {
  readonly generation: number;
  readonly size: number;
  lookup(key: string, now?: number): CachedPage | null;
  pending(key: string): Promise<CachedPage | null> | null;
  setPending(key: string, promise: Promise<CachedPage | null>): void;
  store(key: string, renderedInGeneration: number, captured: CapturedResponse, now?: number): CachedPage | null;
  clear(): void;
};
export declare function createPublicPageCache(options?: { maxAgeMs?: number; maxEntries?: number }): PublicPageCache;

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<unknown> | unknown;
export declare function withPublicPageCache(
  handle: Handler,
  options?: { maxAgeMs?: number; maxEntries?: number },
): (req: IncomingMessage, res: ServerResponse) => Promise<unknown>;
