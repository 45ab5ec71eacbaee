import type { Locale } from "./locales";
import { MESSAGES, type Namespace } from "./messages";

export type Vars = Record<string, string | number>;
export type Translator = (key: string, vars?: Vars) => string;

function lookup(tree: unknown, key: string): string | undefined {
  let node: unknown = tree;
  for (const part of key.split(".")) {
    if (node && typeof node === "object" && part in (node as Record<string, unknown>)) {
      node = (node as Record<string, unknown>)[part];
    } else return undefined;
  }
  return typeof node === "string" ? node : undefined;
}

/**
 * A translator for one namespace. Missing keys fall back to Indonesian, then to the key itself,
 * so a missing translation is visible but never breaks a page. `{name}` placeholders are filled from vars.
 */
export function createTranslator(locale: Locale, namespace: Namespace): Translator {
  return (key, vars) => {
    const template =
      lookup(MESSAGES[locale][namespace], key) ?? lookup(MESSAGES.id[namespace], key) ?? `${namespace}.${key}`;
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
  };
}

/** The texts `${prefix}.${key}` of a form's or table's keys, by key (e.g. the `labels` prop of a client form). */
export function textsFor<K extends string>(t: Translator, prefix: string, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, t(`${prefix}.${key}`)])) as Record<K, string>;
}
