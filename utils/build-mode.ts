/**
 * Whether this is the e2e build (`npm run build:e2e`, WXT mode `e2e`): it adds the demo helpdesk's
 * adapter and the hooks the end-to-end tests drive. Vite replaces `import.meta.env.MODE` with a
 * string at build time, so in the shipped build every `if (E2E_BUILD)` branch, and what only it
 * imports, is removed (tests/unit/shipped-build.test.ts checks the output).
 */
export const E2E_BUILD = import.meta.env.MODE === 'e2e';
