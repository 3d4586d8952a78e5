/**
 * Text from files and documents (client names, labels, reasons) reaches a terminal through
 * the CLI. A name holding ESC could recolour the screen, move the cursor, retitle the window
 * or rewrite earlier lines (CR, backspace, CSI); bidi overrides can make one name read as
 * another. Each such character is shown as a visible `\uXXXX` escape instead, which also
 * stays valid inside a JSON string.
 */

// C0 controls, DEL and C1 controls (U+009B is a one-byte CSI), and the bidi embedding,
// override and isolate characters.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- the same, but a whole message keeps its newlines
const UNSAFE_IN_OUTPUT = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const escape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One piece of user text inside a line (a table cell, a name): every control character escaped, newlines too. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE_IN_LINE, escape);
}

/** A whole chunk of CLI output: line breaks kept, every other control character escaped. */
export function terminalOutput(text: string): string {
  return text.replace(UNSAFE_IN_OUTPUT, escape);
}

/** A stream whose every write goes through `terminalOutput`: the CLI's printers all write through one of these. */
export function safeStream(stream: { write(text: string): unknown }): { write(text: string): unknown } {
  return { write: (text: string) => stream.write(terminalOutput(text)) };
}
