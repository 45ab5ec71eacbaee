import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "../env";
import { processCache } from "./process-cache";

const NOW = 1_000_000;
let counter = 0;
const loader = () => {
  const calls: number[] = [];
  return { calls, load: () => Promise.resolve(++counter).then((v) => (calls.push(v), v)) };
};

afterEach(() => {
  delete process.env.DATABASE_URL;
  resetEnvCache();
});

describe("processCache", () => {
  it("loads once within the expiry, again after it and after an invalidation", async () => {
    const cache = processCache<number>(`t-${Math.random()}`, { ttlMs: 1000 });
    const { calls, load } = loader();
    const first = await cache.get("k", load, NOW);
    expect(await cache.get("k", load, NOW + 999)).toBe(first);
    expect(calls).toHaveLength(1);
    expect(await cache.get("k", load, NOW + 1000)).toBe(first + 1);
    cache.invalidate("k");
    expect(await cache.get("k", load, NOW + 1001)).toBe(first + 2);
    expect(calls).toHaveLength(3);
  });

  it("does not keep a load that an invalidation overtook", async () => {
    const cache = processCache<number>(`t-${Math.random()}`, { ttlMs: 60_000 });
    let release: (v: number) => void = () => undefined;
    const slow = cache.get("k", () => new Promise<number>((r) => (release = r)), NOW);
    cache.invalidate("k"); // the write committed while the read was under way
    release(1);
    expect(await slow).toBe(1);
    expect(await cache.get("k", () => Promise.resolve(2), NOW + 1)).toBe(2);
    expect(await cache.get("k", () => Promise.resolve(3), NOW + 2)).toBe(2);
  });

  it("keeps entries apart per database and forgets a failed load", async () => {
    const cache = processCache<string>(`t-${Math.random()}`, { ttlMs: 60_000 });
    process.env.DATABASE_URL = "file:./a.db";
    resetEnvCache();
    expect(await cache.get("k", () => Promise.resolve("a"), NOW)).toBe("a");
    process.env.DATABASE_URL = "file:./b.db";
    resetEnvCache();
    expect(await cache.get("k", () => Promise.resolve("b"), NOW)).toBe("b");
    await expect(cache.get("f", () => Promise.reject(new Error("down")), NOW)).rejects.toThrow("down");
    expect(await cache.get("f", () => Promise.resolve("up"), NOW)).toBe("up");
  });
});
