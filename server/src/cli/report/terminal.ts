// Text from documents and file names on its way to a terminal: every character a terminal would act on rather
// than show (escape and control sequences, carriage returns, bells, C1 controls, bidi overrides that reorder the
// line) is written out visibly as `\x1b`, `\r`, `\u202e`. The machine formats (JSON, SARIF, GitHub) escape
// by their own rules and do not come here.

/**
 * C0 controls but tab and line feed, DEL, C1 controls, and the invisible characters that reorder or break a
 * line: Arabic letter mark, LRM/RLM, line and paragraph separators, bidi embeddings, overrides and isolates.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
const CONTROL_OR_NEWLINE = /[\u0000-\u0008\n\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r' };

function visible(character: string): string {
  const named = NAMED[character];
  if (named) return named;
  const code = character.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line for the terminal (a file name, a message, an excerpt): newlines inside it are escaped too. */
export function terminalLine(text: string): string {
  return text.replace(CONTROL_OR_NEWLINE, visible);
}

/** Text of many lines for the terminal (a diff, a report): its line breaks stay, CR LF included; the rest is escaped. */
export function terminalText(text: string): string {
  // Split at the line breaks, kept at the odd places: only the lines between them are escaped.
  return text
    .split(/(\r?\n)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(CONTROL, visible)))
    .join('');
}
