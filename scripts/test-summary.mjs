// Print vitest's JSON report as the plain closing line CI reads: "vitest: N passed, N failed, N skipped".
import { readFileSync } from 'node:fs';

const file = process.argv[2];
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`test-summary: cannot read ${file}: ${error.message}`);
  process.exit(1);
}
const passed = report.numPassedTests ?? 0;
const failed = report.numFailedTests ?? 0;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
const suitesFailed = report.numFailedTestSuites ?? 0;
console.log(`vitest: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0 || suitesFailed > 0 || passed === 0) process.exit(1);
