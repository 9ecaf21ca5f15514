/**
 * A message catalog: Korean (the default) and English per key. `{0}`, `{1}` … are filled in by `t`.
 * Each part of the UI keeps its own catalog module; `messages.ts` joins them, and the build writes
 * them as the extension's `_locales/<lang>/messages.json` (wxt.config.ts).
 */
export type Catalog<K extends string = string> = Record<K, { ko: string; en: string }>;

export function defineCatalog<K extends string>(catalog: Catalog<K>): Catalog<K> {
  return catalog;
}
