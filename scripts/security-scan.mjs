#!/usr/bin/env node
// `npm run security`: Electronegativity over the Electron code, failing on any finding of
// MEDIUM severity or above. Electronegativity's CLI exits 0 whatever it finds, so this
// script runs it as a library, reads its findings and decides.
//   node scripts/security-scan.mjs                 scan electron/ and the renderer's index.html
//   node scripts/security-scan.mjs --input DIR     scan DIR as it is (to check the scanner itself)
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];
const FAIL_AT = SEVERITIES.indexOf('MEDIUM');

/**
 * Electronegativity rates an explicit `nodeIntegration: true` next to `sandbox: true` as
 * informational. Cairn's rule is simpler: no node integration anywhere, so any such
 * finding fails the scan.
 */
const ESCALATE_TO_HIGH = new Set(['NODE_INTEGRATION_JS_CHECK', 'NODE_INTEGRATION_HTML_CHECK']);

/**
 * Findings reviewed and accepted, each with its reason. Matched on check, file and the
 * code sample (not line numbers), so changing the flagged code brings the finding back
 * for review. Keep this list short; fix code instead where possible.
 */
const ALLOWED = [
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/security.ts',
    sample: /if \(decision\.openExternally\) void shell\.openExternal\(url\);/,
    reason: 'decideWindowOpen() sets openExternally only for isAllowedExternalUrl() links (https:/mailto:), tested against hostile URLs.',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/index.ts',
    sample: /if \(isAllowedExternalUrl\(url\)\) await shell\.openExternal\(url\);/,
    reason: 'Guarded by isAllowedExternalUrl() on the same line.',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/ipc/handlers.ts',
    sample: /await platform\.openExternal\(url\);/,
    reason:
      'The openExternal handler refuses anything isAllowedExternalUrl() rejects just before this call, and the ' +
      'platform function in main/index.ts checks again before shell.openExternal.',
  },
];

function parseArgs(argv) {
  const index = argv.indexOf('--input');
  if (index === -1) return { input: null };
  const input = argv[index + 1];
  if (!input) {
    console.error('usage: node scripts/security-scan.mjs [--input DIR]');
    process.exit(2);
  }
  return { input: path.resolve(input) };
}

/** What Cairn ships that Electronegativity can judge: the Electron code and the page with its CSP. */
function stageRepository() {
  const stage = mkdtempSync(path.join(os.tmpdir(), 'cairn-security-'));
  cpSync(path.join(root, 'electron'), path.join(stage, 'electron'), {
    recursive: true,
    // Tests and test helpers never ship; their fakes would only add noise.
    filter: (source) => !/\.test\.ts$/.test(source) && !source.includes(`${path.sep}fault-injecting-`),
  });
  const page = path.join(root, 'renderer', 'index.html');
  if (existsSync(page)) cpSync(page, path.join(stage, 'renderer', 'index.html'));
  else console.warn('security: renderer/index.html is missing, so no CSP can be found in it.');
  cpSync(path.join(root, 'package.json'), path.join(stage, 'package.json'));
  return stage;
}

function electronVersion() {
  return JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

/**
 * Run Electronegativity through its package entry point (the same `run` its CLI calls).
 * Its CLI report is unreliable to read: it writes the CSV header and the rows with two
 * unsynchronised writes, and the header was seen overwriting the first finding. The
 * returned issues carry the same fields the CSV would.
 */
async function scan(input) {
  const { default: run } = await import('@doyensec/electronegativity');
  const result = await run({
    input,
    isRelative: true,
    electronVersionOverride: electronVersion(),
    customScan: [],
    excludeFromScan: [],
    parserPlugins: [],
  });
  const findings = result.issues.map((issue) => ({
    check: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file === 'N/A' ? '(whole app)' : String(issue.file).split(path.sep).join('/'),
    location: `${issue.location.line}:${issue.location.column}`,
    sample: typeof issue.sample === 'string' ? issue.sample : '',
    description: issue.description,
  }));
  for (const finding of findings) {
    if (!SEVERITIES.includes(finding.severity)) throw new Error(`unknown severity ${finding.severity} in ${finding.check}`);
  }
  return { findings, errors: result.errors };
}

function allowance(finding) {
  return ALLOWED.find((entry) => entry.check === finding.check && entry.file === finding.file && entry.sample.test(finding.sample));
}

async function main() {
  const { input } = parseArgs(process.argv.slice(2));
  const stage = input ?? stageRepository();
  const { findings: reported, errors } = await scan(stage);
  // A file Electronegativity could not parse was not checked at all: that is a failure too.
  for (const error of errors) console.error(`  UNSCANNED  ${error.file ?? ''}: ${error.message ?? JSON.stringify(error)}`);

  const findings = reported.map((finding) =>
    ESCALATE_TO_HIGH.has(finding.check) ? { ...finding, severity: 'HIGH', escalated: true } : finding,
  );
  const serious = findings.filter((finding) => SEVERITIES.indexOf(finding.severity) >= FAIL_AT);
  const allowed = serious.filter((finding) => allowance(finding));
  const failing = serious.filter((finding) => !allowance(finding));

  for (const finding of findings.filter((finding) => SEVERITIES.indexOf(finding.severity) < FAIL_AT)) {
    console.log(`  note  ${finding.severity.toLowerCase()} ${finding.check} ${finding.file}:${finding.location}`);
  }
  for (const finding of allowed) {
    console.log(`  allowed  ${finding.severity} ${finding.check} ${finding.file}:${finding.location}\n           ${allowance(finding).reason}`);
  }
  for (const finding of failing) {
    console.error(
      [
        `  FINDING  ${finding.severity} (${finding.confidence.toLowerCase()}) ${finding.check}${finding.escalated ? ' [escalated by Cairn policy]' : ''}`,
        `           ${finding.file}:${finding.location}  ${finding.description}`,
        ...(finding.sample ? [`           ${finding.sample.trim()}`] : []),
        `           https://github.com/doyensec/electronegativity/wiki/${finding.check}`,
      ].join('\n'),
    );
  }
  if (!input) {
    const used = new Set(allowed.map((finding) => allowance(finding)));
    for (const entry of ALLOWED.filter((entry) => !used.has(entry))) {
      console.warn(`  stale allow-list entry: ${entry.check} in ${entry.file} matched nothing; remove it.`);
    }
    rmSync(stage, { recursive: true, force: true });
  }

  const passed = failing.length === 0 && errors.length === 0;
  const verdict = passed ? 'passed' : 'FAILED';
  console.log(
    `security: ${verdict}: ${findings.length} findings, ${failing.length} at medium or above, ${allowed.length} allowed with a reason, ` +
      `${findings.length - serious.length} low/informational, ${errors.length} files unscanned (Electronegativity, Electron ${electronVersion()})`,
  );
  process.exit(passed ? 0 : 1);
}

main().catch((error) => {
  console.error(`security: the scan could not run: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
