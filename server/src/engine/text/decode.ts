// Turns the bytes of a file into document text, or into a clear reason why it is not text.
// Used by every adapter that reads files, so the CLI and the server refuse the same files alike.

export type DecodedText = { text: string } | { error: string; line: number; character: number };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array): DecodedText {
  // UTF-16 without a byte order mark and binary data both show NUL bytes early; text has none, and the engine's
  // own search tells so without a look at every byte.
  const nul = bytes.subarray(0, PROBE).indexOf(0);
  const utf16 = nul === -1 ? byteOrderMark(bytes) : utf16Order(bytes);
  if (utf16) return { error: utf16Message(utf16), line: 0, character: 0 };
  if (nul !== -1) return { error: 'Die Datei ist keine Textdatei (sie enthält Binärdaten) und wird übersprungen.', ...lineOf(bytes, nul) };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { error: `Die Datei ist nicht in UTF-8 kodiert (ungültiges Byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')}). Speichern Sie sie als UTF-8.`, ...lineOf(bytes, at) };
  }
}

type ByteOrder = 'UTF-16LE' | 'UTF-16BE';

/** How far the bytes are searched for NUL (binary data, UTF-16). */
const PROBE = 8192;

/** Whether `bytes` begin with UTF-8's byte order mark (which the decoded text leaves out). */
export function startsWithUtf8ByteOrderMark(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function byteOrderMark(bytes: Uint8Array): ByteOrder | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  return undefined;
}

/** Editors on Windows save UTF-16 (often without a BOM); it is named and its conversion shown rather than called binary. */
function utf16Message(order: ByteOrder): string {
  return `Die Datei ist in ${order} kodiert, nicht in UTF-8, und wird nicht geprüft. Wandeln Sie sie um, etwa mit „iconv -f ${order} -t UTF-8 alt.md > neu.md“ oder in VS Code mit „Mit Codierung speichern“ → „UTF-8“.`;
}

/**
 * UTF-16 by its byte order mark, or by the pattern Latin text leaves without one: every other byte is NUL
 * (the high byte of each character, after it in LE, before it in BE), the bytes between are not.
 */
function utf16Order(bytes: Uint8Array): ByteOrder | undefined {
  const marked = byteOrderMark(bytes);
  if (marked) return marked;
  const pairs = Math.min(bytes.length, PROBE) >> 1;
  if (pairs < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  // Mostly Latin: at least three in four high bytes NUL; almost no low byte NUL (binary data has NUL anywhere).
  const mostly = (count: number) => count * 4 >= pairs * 3;
  const hardly = (count: number) => count * 20 <= pairs;
  if (mostly(oddNul) && hardly(evenNul)) return 'UTF-16LE';
  if (mostly(evenNul) && hardly(oddNul)) return 'UTF-16BE';
  return undefined;
}

function lineOf(bytes: Uint8Array, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  // Columns of the valid prefix of the line, in UTF-16 units as the editor counts them.
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, character: prefix.length };
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    if (length > 1) {
      try {
        decoder.decode(bytes.subarray(i, i + length));
      } catch {
        return i;
      }
    }
    i += length;
  }
  return bytes.length;
}
