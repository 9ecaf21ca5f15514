import { defineConfig } from 'wxt';
import { guidesPlugin } from './scripts/guides-plugin';
import { HOSTED_HELPDESK_MATCHES } from './utils/helpdesks/hosts';
import { MANAGED_SCHEMA } from './utils/team/managed-schema';

/** Where the demo helpdesk and the test pages are served; only the e2e build (`--mode e2e`) runs there. */
const LOOPBACK_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
const isE2e = (mode: string) => mode === 'e2e';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: '.output',
  manifest: ({ mode, browser }) => ({
    name: 'ReplyDeck',
    description: '상담 가이드의 답변을 티켓에 맞춰 추천하고, 클릭 한 번으로 답장 입력창에 넣어 줍니다.',
    // WXT 0.20 does not add these for a side panel entrypoint.
    permissions: ['sidePanel', 'clipboardWrite', 'storage', 'scripting', 'activeTab'],
    // "Use on this site" and site profiles ask for one site at a time; nothing is granted for all sites up front.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'ReplyDeck 열기' },
    // IT pushes a team pack as the `teamPack` policy (Chromium; Firefox reads its 3rdparty policy without a schema).
    // Firefox addresses its 3rdparty policy (and sync storage) by this id.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'replydeck@replydeck.app' } } } : { storage: { managed_schema: 'managed-schema.json' } }),
    host_permissions: [...HOSTED_HELPDESK_MATCHES, ...(isE2e(mode) ? LOOPBACK_MATCHES : [])],
    commands: {
      'insert-top-suggestion': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '추천 1순위 답변을 답장 입력창에 넣기',
      },
    },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: 'managed-schema.json', contents: `${JSON.stringify(MANAGED_SCHEMA, null, 2)}\n` });
    },
    // The content script's own `matches` name the hosted helpdesks; the e2e build runs it on loopback too.
    'build:manifestGenerated': (wxt, manifest) => {
      if (!isE2e(wxt.config.mode)) return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), ...LOOPBACK_MATCHES];
    },
  },
  vite: () => ({
    plugins: [guidesPlugin()],
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
