import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { guidesPlugin } from './scripts/guides-plugin';
import { HOSTED_HELPDESK_MATCHES } from './utils/helpdesks/hosts';
import { localeFile } from './utils/i18n/messages';
import { MANAGED_SCHEMA } from './utils/team/managed-schema';

/** Where the demo helpdesk and the test pages are served; only the e2e build (`--mode e2e`) runs there. */
const LOOPBACK_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
const isE2e = (mode: string) => mode === 'e2e';

/**
 * Firefox: Preact's one raw-HTML sink (`dangerouslySetInnerHTML`, `el.innerHTML = html.__html`) is what
 * `web-ext lint` flags as UNSAFE_VAR_ASSIGNMENT, and AMO reviewers read the same report. ReplyDeck never
 * renders raw HTML (Biome's noDangerouslySetInnerHtml forbids it), so the Firefox build throws there
 * instead; the build fails if Preact's code no longer has exactly that one assignment.
 */
function withoutPreactHtmlSink(): Plugin {
  const sink = /\b\w+\.innerHTML=\w+\.__html\b/g;
  return {
    name: 'replydeck:without-preact-html-sink',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(mjs|module\.js)$/.test(id)) return null;
      const found = code.match(sink)?.length ?? 0;
      if (found !== 1) this.error(`expected one innerHTML assignment in ${id}, found ${found}`);
      return { code: code.replace(sink, '(()=>{throw Error("ReplyDeck renders no raw HTML (dangerouslySetInnerHTML)")})()'), map: null };
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: '.output',
  // Firefox too: MV3 keeps `optional_host_permissions` ("use on this site") and the manifest Chrome gets.
  manifestVersion: 3,
  // The sources zip that `wxt zip -b firefox` makes for AMO review: no screenshots or reports of local runs.
  zip: { excludeSources: ['demo-output/**', 'test-results/**', 'bench-output/**'] },
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // UI strings come from _locales (utils/i18n/*-messages.ts): Korean unless the browser is English.
    default_locale: 'ko',
    // WXT 0.20 does not add these for a side panel entrypoint. Firefox has no `sidePanel`: WXT turns the
    // same entrypoint into its `sidebar_action`.
    permissions: [...(browser === 'firefox' ? [] : ['sidePanel']), 'clipboardWrite', 'storage', 'scripting', 'activeTab'],
    // "Use on this site" and site profiles ask for one site at a time; nothing is granted for all sites up front.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    // IT pushes a team pack as the `teamPack` policy (Chromium; Firefox reads its 3rdparty policy without a schema).
    // Firefox addresses its 3rdparty policy (and sync storage) by this id. 140 (the ESR) is the first to read
    // data_collection_permissions; ReplyDeck collects and sends nothing.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'replydeck@replydeck.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { storage: { managed_schema: 'managed-schema.json' } }),
    host_permissions: [...HOSTED_HELPDESK_MATCHES, ...(isE2e(mode) ? LOOPBACK_MATCHES : [])],
    commands: {
      'insert-top-suggestion': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandInsertTop__',
      },
    },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: 'managed-schema.json', contents: `${JSON.stringify(MANAGED_SCHEMA, null, 2)}\n` });
      for (const lang of ['ko', 'en'] as const) files.push({ relativeDest: `_locales/${lang}/messages.json`, contents: `${JSON.stringify(localeFile(lang), null, 2)}\n` });
    },
    // The content script's own `matches` name the hosted helpdesks; the e2e build runs it on loopback too.
    'build:manifestGenerated': (wxt, manifest) => {
      if (!isE2e(wxt.config.mode)) return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), ...LOOPBACK_MATCHES];
    },
  },
  vite: ({ browser }) => ({
    plugins: [guidesPlugin(), ...(browser === 'firefox' ? [withoutPreactHtmlSink()] : [])],
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
