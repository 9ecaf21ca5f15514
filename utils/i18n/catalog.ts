/**
 * A message catalog: Korean (the default) and English per key. `{0}`, `{1}` … are filled in by `t`.
 * Each part of the UI keeps its own catalog module; `messages.ts` joins them, and the build writes
 * them as the extension's `_locales/<lang>/messages.json` (wxt.config.ts).
 */
// Checked with `satisfies`, not built by a function: a plain object literal is what lets the bundler
// drop the catalogs from every bundle (only unit tests read them; the extension reads _locales).
export type Catalog<K extends string = string> = Record<K, { ko: string; en: string }>;
