/**
 * Text measurement without a DOM: an estimate from character count, deliberately
 * generous (average glyph ≈ 0.58 em) so layouts err towards more room, not overlap.
 */
export const estimateTextWidth = (text: string, fontSize: number): number => [...text].length * fontSize * 0.58;

/**
 * Breaks a label into at most `maxLines` lines of about `maxChars` characters, at spaces
 * where possible; the last line ends in "…" when the label does not fit.
 */
export function wrapLabel(label: string, maxChars: number, maxLines = 2): string[] {
  const words = label.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const pieces = [...word].length > maxChars ? chunk(word, maxChars) : [word];
    for (const piece of pieces) {
      if (line === '') line = piece;
      else if ([...`${line} ${piece}`].length <= maxChars) line = `${line} ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  // Fill the last line with as much of the rest as fits, then mark the cut.
  const kept = lines.slice(0, maxLines - 1);
  const rest = [...lines.slice(maxLines - 1).join(' ')];
  kept.push(`${rest.slice(0, Math.max(1, maxChars - 1)).join('').trimEnd()}…`);
  return kept;
}

const chunk = (word: string, size: number): string[] => {
  const chars = [...word];
  const pieces: string[] = [];
  for (let index = 0; index < chars.length; index += size) pieces.push(chars.slice(index, index + size).join(''));
  return pieces;
};

/** "2", "2.5", "n/a": how a stage value reads in titles, descriptions and labels. */
export const formatStage = (value: number | null | undefined): string => (value === null || value === undefined || !Number.isFinite(value) ? 'none' : String(value));
