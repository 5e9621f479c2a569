// A document whose text is not held once it is analysed. In a long-lived index (the language server's) the texts
// are most of the memory, yet after the analysis little needs them: findings are placed by the line starts and the
// frontmatter source, the workspace rules read the parsed data. What still asks for the text (a plan's appendix
// taken from an instrument, a quick fix) gets it read again through `read`.
import type { ParsedDocument } from './document';
import { LineIndex, lineStartsOf } from '../text/lineIndex';

/** What stands in for a released text: its length and fingerprint (to tell a changed file), where its lines start. */
export interface ReleasedText {
  length: number;
  fingerprint: number;
  lineStarts: Uint32Array;
}

export function releasedText(text: string): ReleasedText {
  return { length: text.length, fingerprint: fingerprintOf(text), lineStarts: Uint32Array.from(lineStartsOf(text)) };
}

/** FNV-1a over the UTF-16 code units: cheap, and enough to tell an edited file from the one analysed. */
export function fingerprintOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The texts read again most recently. Whoever asks for one text usually asks again soon (slices of one
 * section after another, a line after the next): a few are kept, no more.
 */
const RECENT_TEXTS = 16;
const recent = new Map<ParsedDocument, string>();

/** Where a released text comes from again: the file now, undefined when it cannot be read; told when it changed. */
export interface TextSource {
  read(): string | undefined;
  /** The text read again is not the one analysed: the caller brings the index up to date (it may run at once). */
  changed?(): void;
}

/**
 * Gives `document` (rebuilt without its text) a `text` read again on demand and a line index that needs it only
 * for what positions alone cannot tell. A text that differs from the one analysed is still returned (it is what
 * the file holds) and reported through `changed`, once; an unreadable one reads as empty.
 */
export function withTextOnDemand(document: ParsedDocument, released: ReleasedText, source: TextSource): void {
  let reported = false;
  const textNow = (): string => {
    const known = recent.get(document);
    if (known !== undefined) {
      // The most recent last: the first entry is the one to drop.
      recent.delete(document);
      recent.set(document, known);
      return known;
    }
    const text = source.read() ?? '';
    recent.set(document, text);
    if (recent.size > RECENT_TEXTS) recent.delete(recent.keys().next().value!);
    if (!reported && !isSameText(text, released)) {
      reported = true;
      source.changed?.();
    }
    return text;
  };
  Object.defineProperty(document, 'text', { enumerable: true, configurable: true, get: textNow });
  document.lines = new LineIndex({ length: released.length, starts: released.lineStarts, text: textNow });
}

function isSameText(text: string, released: ReleasedText): boolean {
  return text.length === released.length && fingerprintOf(text) === released.fingerprint;
}
