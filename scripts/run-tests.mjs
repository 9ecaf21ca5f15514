// Runs every check in turn — both builds (shipped and e2e), the linter, the type checker, the
// Firefox build under web-ext lint, unit tests, then end-to-end tests against the fresh e2e build —
// and ends with one line of totals, "N passed, N failed", that CI reads. The linter, the type checker
// and the Firefox lint count as one test each.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = 'test-results';
rmSync(RESULTS, { recursive: true, force: true });

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } });
  return result.status ?? 1;
}

function vitestTotals(file) {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0) };
}

function playwrightTotals(file) {
  if (!existsSync(file)) return null;
  const { stats, errors = [] } = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected + errors.length };
}

const failures = [];
// The shipped build is what tests/unit/shipped-build.test.ts inspects; the e2e build is what Playwright loads.
if (run('npx', ['wxt', 'build']) !== 0) failures.push('build');
if (run('npx', ['wxt', 'build', '--mode', 'e2e']) !== 0) failures.push('build');
if (run('npx', ['tsx', 'scripts/build-fixture-pages.ts']) !== 0) failures.push('build');
// The Firefox build (.output/firefox-mv3, which tests/unit/firefox-build.test.ts reads too) passes AMO's linter without a warning.
const firefoxLint = () => run('npx', ['wxt', 'build', '-b', 'firefox']) === 0 && run('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--warnings-as-errors']) === 0;
const checks = { lint: run('npx', ['biome', 'lint', '--error-on-warnings', '.']) === 0, typecheck: run('npx', ['tsc', '--noEmit', '-p', '.']) === 0, firefox: firefoxLint() };
for (const [name, ok] of Object.entries(checks)) if (!ok) failures.push(name);
const unitStatus = run('npx', ['vitest', 'run']);
const unit = vitestTotals(`${RESULTS}/unit.json`);
const e2eStatus = failures.includes('build') ? 1 : run('npx', ['playwright', 'test']);
const e2e = playwrightTotals(`${RESULTS}/e2e.json`);

// A runner that crashed before writing its report counts as one failure, never as zero tests.
const totals = [unit ?? { passed: 0, failed: 1 }, e2e ?? { passed: 0, failed: 1 }];
const passed = totals.reduce((sum, t) => sum + t.passed, 0) + Object.values(checks).filter(Boolean).length;
let failed = totals.reduce((sum, t) => sum + t.failed, 0) + failures.length;
if (failed === 0 && (unitStatus !== 0 || e2eStatus !== 0)) failed = 1;

console.log(`\nlint: ${checks.lint ? 'clean' : 'failed'}; typecheck: ${checks.typecheck ? 'clean' : 'failed'}; firefox (web-ext lint): ${checks.firefox ? 'clean' : 'failed'}`);
console.log(`unit: ${unit ? `${unit.passed} passed, ${unit.failed} failed` : 'no report'}; e2e: ${e2e ? `${e2e.passed} passed, ${e2e.failed} failed` : 'no report'}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
