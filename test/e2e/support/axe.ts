import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** One rule axe-core found broken, serious or critical, with where and how to fix it. */
export interface AxeViolation {
  rule: string;
  impact: 'serious' | 'critical';
  help: string;
  helpUrl: string;
  /** CSS selectors of the offending elements. */
  targets: string[];
  /** axe's own account of the first offending element ("Fix any of the following: …"). */
  summary: string;
}

interface AxeRawResult {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

let axeSource: Promise<string> | null = null;
const source = () => (axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));

/**
 * Runs axe-core (WCAG 2.x A and AA plus best practices) on the page as it is now and
 * returns the serious and critical violations. The script is evaluated through the
 * DevTools protocol rather than a <script> tag, so the app's Content Security Policy stays
 * as strict as it ships; `exclude` leaves out regions by selector.
 */
export async function seriousAxeViolations(page: Page, options: { exclude?: string[] } = {}): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await source());
  const results = await page.evaluate(
    async ({ exclude }) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: unknown[] }> } }).axe;
      const context = exclude.length > 0 ? { include: [['body']], exclude: exclude.map((selector) => [selector]) } : document;
      const run = await axe.run(context, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
      return run.violations;
    },
    { exclude: options.exclude ?? [] },
  );
  return (results as AxeRawResult[])
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact as 'serious' | 'critical',
      help: violation.help,
      helpUrl: violation.helpUrl,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
      summary: violation.nodes[0]?.failureSummary?.replace(/\s+/g, ' ').trim() ?? '',
    }));
}

/**
 * Visible controls a keyboard cannot reach: an enabled button, link, field or custom
 * control with tabindex="-1" outside a composite widget (tabs, listbox, radio group, grid,
 * menu, toolbar and tree use a roving tabindex). Names are axe's rules (button-name, label…).
 * Returned as short descriptions.
 */
export async function unreachableControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const composite = '[role="tablist"], [role="listbox"], [role="radiogroup"], [role="grid"], [role="treegrid"], [role="menu"], [role="menubar"], [role="toolbar"], [role="tree"]';
    const controls = document.querySelectorAll<HTMLElement>('button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="checkbox"], [role="switch"], [role="slider"], [role="tab"], [role="option"], [role="radio"], [role="menuitem"]');
    const problems: string[] = [];
    const describe = (element: HTMLElement) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''} “${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}”`;
    for (const element of controls) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (element.closest('[inert], [aria-hidden="true"]')) continue;
      if ((element as HTMLButtonElement).disabled || element.getAttribute('aria-disabled') === 'true') continue;
      // Native file inputs are often visually replaced by a label that opens them.
      if (element instanceof HTMLInputElement && element.type === 'file') continue;
      const roving = element.closest(composite) !== null;
      if (element.tabIndex < 0 && !roving) problems.push(`not reachable by Tab: ${describe(element)}`);
    }
    return problems;
  });
}

/** One line per violation, for a failure message a person can act on. */
export const describeViolations = (screen: string, violations: AxeViolation[]): string[] =>
  violations.map(
    (violation) =>
      `${screen}: [${violation.impact}] ${violation.rule}: ${violation.help} at ${violation.targets.slice(0, 5).join(', ')}${violation.targets.length > 5 ? ` and ${violation.targets.length - 5} more` : ''}; ${violation.summary} (${violation.helpUrl})`,
  );

/** The violations left once the targets matched by `ignored` (rule, and a piece of the selector) are taken out. */
export function withoutIgnored(violations: AxeViolation[], ignored: readonly { rule: string; target: string }[]): AxeViolation[] {
  return violations
    .map((violation) => ({ ...violation, targets: violation.targets.filter((target) => !ignored.some((entry) => entry.rule === violation.rule && target.includes(entry.target))) }))
    .filter((violation) => violation.targets.length > 0);
}
