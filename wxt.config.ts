import { defineConfig } from 'wxt';
import { CONTENT_SCRIPT_MATCHES } from './utils/helpdesks/hosts';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: '.output',
  manifest: {
    name: 'ReplyDeck',
    description: '상담 가이드의 답변을 티켓에 맞춰 추천하고, 클릭 한 번으로 답장 입력창에 넣어 줍니다.',
    // WXT 0.20 does not add these for a side panel entrypoint.
    permissions: ['sidePanel', 'clipboardWrite', 'storage', 'scripting', 'activeTab'],
    // "Use on this site" asks for one site at a time; nothing is granted for all sites up front.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'ReplyDeck 열기' },
    host_permissions: CONTENT_SCRIPT_MATCHES,
    commands: {
      'insert-top-suggestion': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '추천 1순위 답변을 답장 입력창에 넣기',
      },
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
