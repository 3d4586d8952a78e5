import { terminalText } from './terminal-text';

/** Visible width of a cell (code points, so "Zoë" or "Łukasz" line up). */
const width = (text: string): number => [...text].length;

/**
 * A plain-text table with a header row and columns padded to their widest cell; columns
 * listed in `alignRight` are right-aligned (numbers).
 */
export function formatTable(header: readonly string[], rawRows: ReadonlyArray<readonly string[]>, alignRight: ReadonlySet<number> = new Set()): string {
  // A name with a newline or tab would break the columns; each cell is one escaped line.
  const rows = rawRows.map((row) => row.map(terminalText));
  const widths = header.map((title, column) => Math.max(width(title), ...rows.map((row) => width(row[column] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => {
        const padding = ' '.repeat((widths[column] ?? 0) - width(cell));
        return alignRight.has(column) ? padding + cell : cell + padding;
      })
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
