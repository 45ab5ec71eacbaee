import "server-only";
import { getDb, type Db } from "../db/client";
import { containsIgnoringCase } from "../db/text-search";
import { loadListPage, type ListQuery, type TPage } from "../table/paging";
import { defineTable, type TSortDirection, type TTableState } from "../table/schemas";

/** Staff accounts: by role, then e-mail. */
export const USER_TABLE = defineTable(["role", "name", "email", "lastLogin"], "asc", 50);
export type UserListSort = (typeof USER_TABLE.sorts)[number];

type UserOrderBy = NonNullable<NonNullable<Parameters<Db["user"]["findMany"]>[0]>["orderBy"]>;

// Ties fall back to the e-mail address (unique), so pages never overlap.
const USER_ORDER: Record<UserListSort, (dir: TSortDirection) => UserOrderBy> = {
  role: (dir) => [{ role: dir }, { email: "asc" }],
  name: (dir) => [{ name: dir }, { email: "asc" }],
  email: (dir) => [{ email: dir }],
  lastLogin: (dir) => [{ lastLoginAt: dir }, { email: "asc" }],
};

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: string;
  agency: string | null;
  active: boolean;
  lastLoginAt: Date | null;
  lockedUntil: Date | null;
};

/** Staff accounts searched in name, e-mail and agency (issue 16): the page reads one window, the download all. */
export function userListQuery(state: Pick<TTableState<UserListSort>, "q" | "sort" | "dir">): ListQuery<UserRow> {
  const db = getDb();
  const where = state.q
    ? {
        OR: [
          { name: containsIgnoringCase(state.q) },
          { email: containsIgnoringCase(state.q) },
          { agency: containsIgnoringCase(state.q) },
        ],
      }
    : undefined;
  return {
    count: () => db.user.count({ where }),
    read: (skip, take) =>
      db.user.findMany({
        where,
        orderBy: USER_ORDER[state.sort](state.dir),
        skip,
        take,
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          agency: true,
          active: true,
          lastLoginAt: true,
          lockedUntil: true,
        },
      }),
  };
}

/** One page of staff accounts (see `userListQuery`). */
export function listUsersPage(state: TTableState<UserListSort>): Promise<TPage<UserRow>> {
  return loadListPage(state, userListQuery(state));
}

/** API tokens: the newest first. */
export const TOKEN_TABLE = defineTable(["createdAt", "name", "role", "lastUsed", "expiresAt"], "desc", 50);
export type TokenListSort = (typeof TOKEN_TABLE.sorts)[number];

const TOKEN_COLUMN: Record<TokenListSort, "name" | "role" | "createdAt" | "lastUsedAt" | "expiresAt"> = {
  name: "name",
  role: "role",
  createdAt: "createdAt",
  lastUsed: "lastUsedAt",
  expiresAt: "expiresAt",
};

export type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  role: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date | null;
};

/** API tokens (never their hashes), searched in name and prefix (issue 16). */
export function tokenListQuery(state: Pick<TTableState<TokenListSort>, "q" | "sort" | "dir">): ListQuery<TokenRow> {
  const db = getDb();
  const where = state.q
    ? { OR: [{ name: containsIgnoringCase(state.q) }, { prefix: { startsWith: state.q } }] }
    : undefined;
  const orderBy = [{ [TOKEN_COLUMN[state.sort]]: state.dir }, { id: state.dir }];
  return {
    count: () => db.apiToken.count({ where }),
    read: (skip, take) =>
      db.apiToken.findMany({
        where,
        orderBy,
        skip,
        take,
        select: {
          id: true,
          name: true,
          prefix: true,
          role: true,
          createdAt: true,
          lastUsedAt: true,
          revokedAt: true,
          expiresAt: true,
        },
      }),
  };
}

/** One page of API tokens (see `tokenListQuery`). */
export function listApiTokensPage(state: TTableState<TokenListSort>): Promise<TPage<TokenRow>> {
  return loadListPage(state, tokenListQuery(state));
}

/** Every user's id, name and e-mail, or those of `ids`: names for dashboards that group figures by officer. */
export async function listUserNames(ids?: readonly string[]): Promise<{ id: string; name: string; email: string }[]> {
  return getDb().user.findMany({
    where: ids ? { id: { in: [...ids] } } : {},
    select: { id: true, name: true, email: true },
    orderBy: { email: "asc" },
  });
}
