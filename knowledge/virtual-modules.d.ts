declare module 'virtual:replydeck-guides' {
  import type { Guide } from './guide';
  /** The guides in knowledge/, parsed and checked at build time (scripts/guides-plugin.ts). */
  export const BUILTIN_GUIDES: Guide[];
}
