import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { guidesPlugin } from './scripts/guides-plugin';

export default defineConfig({
  // WxtVitest does not run wxt.config.ts's own Vite plugins: the built-in guides are added here too.
  plugins: [WxtVitest(), guidesPlugin()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
