import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What the stylesheet checks read: the class names the renderer's stylesheets define,
 * the class names its components use, and how long each stylesheet is. Pure string
 * work apart from `filesUnder`, so the extractors are tested on literal inputs.
 */

const withoutComments = (css: string): string => css.replace(/\/\*[\s\S]*?\*\//g, ' ');

/** Every class a stylesheet defines: the `.name` parts of its selectors (not of values). */
export function definedClasses(css: string): Set<string> {
  const classes = new Set<string>();
  // A selector (or an at-rule prelude) is what stands before a `{`, after the last `}` or `;`.
  for (const [, selector] of withoutComments(css).matchAll(/([^{};]+)\{/g)) {
    for (const [, name] of selector!.replace(/\[[^\]]*\]/g, ' ').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) classes.add(name!);
  }
  return classes;
}

/**
 * Font sizes, paddings and gaps written as a raw length instead of a token from the type
 * or spacing scale (`calc()` is left alone: it states a geometry, with tokens inside).
 */
export function rawLengths(css: string): string[] {
  const found: string[] = [];
  for (const [, property, value] of withoutComments(css).matchAll(/(?:^|[;{\s])(font-size|padding(?:-[a-z]+)*|gap|row-gap|column-gap)\s*:\s*([^;{}]+)/g)) {
    if (/\d(?:px|rem)\b/.test(value!.replace(/calc\([^;]*\)/g, ''))) found.push(`${property}: ${value!.trim()}`);
  }
  return found;
}

/** The text of `className={…}` from its opening brace to the matching closing one. */
function braceExpression(source: string, open: number): string {
  let depth = 0;
  for (let index = open; index < source.length; index += 1) {
    const char = source[index];
    if (char === '{') depth += 1;
    else if (char === '}') {
      depth -= 1;
      if (depth === 0) return source.slice(open + 1, index);
    }
  }
  return source.slice(open + 1);
}

/** Literal text pieces of an expression: quoted strings, and template literals cut at each `${…}`. */
function literalPieces(expression: string): Array<{ text: string; before: boolean; after: boolean }> {
  const pieces: Array<{ text: string; before: boolean; after: boolean }> = [];
  // Strings compared with (`tone === 'danger'`) are values, not class names.
  expression = expression.replace(/[!=]==?\s*(['"])[^'"\n]*\1/g, ' ').replace(/(['"])[^'"\n]*\1\s*[!=]==?/g, ' ');
  for (const [, single, double] of expression.replace(/`[^`]*`/g, ' ').matchAll(/'([^'\\\n]*)'|"([^"\\\n]*)"/g)) pieces.push({ text: single ?? double ?? '', before: false, after: false });
  for (const [, template] of expression.matchAll(/`([^`]*)`/g)) {
    const parts = template!.split(/\$\{[^}]*\}/);
    parts.forEach((text, index) => pieces.push({ text, before: index > 0, after: index < parts.length - 1 }));
    // `${…}` standing alone yields whole class names; glued to a name (`delta--${…}`) it only completes that name.
    [...template!.matchAll(/\$\{([^}]*)\}/g)].forEach(([, inner], index) => {
      const gluedBefore = /\S$/.test(parts[index]!);
      const gluedAfter = /^\S/.test(parts[index + 1] ?? ' ');
      if (!gluedBefore && !gluedAfter) pieces.push(...literalPieces(inner!));
    });
  }
  return pieces;
}

export interface UsedClasses {
  /** Whole class names. */
  names: Set<string>;
  /** Beginnings of names completed at run time (`badge--${tone}` gives `badge--`). */
  prefixes: Set<string>;
}

const CLASS_TOKEN = /^-?[_a-zA-Z][\w-]*$/;

/** The class names a component's source uses in `className="…"` and `className={…}`. */
export function usedClasses(source: string): UsedClasses {
  const names = new Set<string>();
  const prefixes = new Set<string>();
  const take = (text: string, runTimeBefore: boolean, runTimeAfter: boolean) => {
    const tokens = text.split(/\s+/);
    tokens.forEach((token, index) => {
      if (token === '') return;
      // A token glued to a `${…}` is only part of a name.
      if (runTimeBefore && index === 0 && !/^\s/.test(text)) return;
      if (runTimeAfter && index === tokens.length - 1 && !/\s$/.test(text)) {
        if (CLASS_TOKEN.test(token)) prefixes.add(token);
        return;
      }
      if (CLASS_TOKEN.test(token)) names.add(token);
    });
  };
  for (const match of source.matchAll(/className=(?:"([^"]*)"|'([^']*)'|\{)/g)) {
    const literal = match[1] ?? match[2];
    if (literal !== undefined) {
      take(literal, false, false);
      continue;
    }
    for (const piece of literalPieces(braceExpression(source, match.index + match[0].length - 1))) take(piece.text, piece.before, piece.after);
  }
  return { names, prefixes };
}

/**
 * Native <select> elements drawn without the `select` class: those show the browser's own
 * arrow and colours instead of the app's (use the Select component). Returns their lines.
 */
export function unstyledSelects(source: string): number[] {
  const lines: number[] = [];
  for (const match of source.matchAll(/<select\b/g)) {
    const tag = source.slice(match.index, source.indexOf('</select>', match.index) >>> 0);
    const classes = /className=(?:"([^"]*)"|\{`([^`]*)`\}|\{'([^']*)'\}|\{([^}]*)\})/.exec(tag);
    const text = classes ? (classes[1] ?? classes[2] ?? classes[3] ?? classes[4] ?? '') : '';
    if (!/(^|[\s'"`])select(?=[\s'"`]|$)/.test(text)) lines.push(source.slice(0, match.index).split('\n').length);
  }
  return lines;
}

/** Files under `root` whose names end with one of `extensions`, skipping tests and node_modules. */
export function filesUnder(root: string, extensions: readonly string[]): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') found.push(...filesUnder(full, extensions));
    } else if (extensions.some((extension) => entry.name.endsWith(extension)) && !/\.test\.tsx?$/.test(entry.name)) found.push(full);
  }
  return found.sort();
}

export const lineCount = (file: string): number => readFileSync(file, 'utf8').replace(/\n$/, '').split('\n').length;
