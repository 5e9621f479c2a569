// A document whose text is not held once it is analysed. In a long-lived index (the language server's) the texts
// are most of the memory, yet after the analysis little needs them: findings are placed by the line starts and the
// frontmatter source, the workspace rules read the parsed data and the frontmatter. What still asks for the text (a
// plan's appendix taken from an instrument, a quick fix) gets it read again through `read` — exactly the text
// analysed, or a TextChangedError.
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
function fingerprintOf(text: string): number {
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
/** The document read last: asking it again (character by character, say) costs no reordering. */
let lastRead: ParsedDocument | undefined;

/** Where a released text comes from again: the file now, undefined when it cannot be read; told when it changed. */
export interface TextSource {
  read(): string | undefined;
  /** The file is not the one analysed (changed, gone): the caller brings the index up to date, after the current work. */
  changed?(): void;
}

/**
 * Thrown where a released text is asked for and the file no longer holds it: every offset the document knows is of
 * the text analysed, so the new one cannot stand in for it. Whoever asked (a request) asks again once the index has
 * followed the file.
 */
export class TextChangedError extends Error {
  constructor(readonly uri: string) {
    super(`Die Datei „${fileNameOf(uri)}“ wurde außerhalb des Editors geändert; der Werkzeugkoffer liest sie neu ein.`);
  }
}

function fileNameOf(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * Gives `document` (rebuilt without its text) a `text` read again on demand and a line index that needs it only
 * for what positions alone cannot tell. A file that no longer holds the text analysed is reported through
 * `changed` and the reading fails with a TextChangedError.
 */
export function withTextOnDemand(document: ParsedDocument, released: ReleasedText, source: TextSource): void {
  const textNow = (): string => {
    const known = recent.get(document);
    if (known !== undefined) {
      // The most recent last, so that the first entry is the one to drop.
      if (lastRead !== document) {
        recent.delete(document);
        recent.set(document, known);
        lastRead = document;
      }
      return known;
    }
    const text = source.read();
    if (text === undefined || !isSameText(text, released)) {
      source.changed?.();
      throw new TextChangedError(document.uri);
    }
    recent.set(document, text);
    lastRead = document;
    if (recent.size > RECENT_TEXTS) recent.delete(recent.keys().next().value!);
    return text;
  };
  Object.defineProperty(document, TEXT_NOW, { enumerable: false, configurable: true, writable: true, value: textNow });
  Object.defineProperty(document, 'text', TEXT_ON_DEMAND);
  document.lines = new LineIndex({ length: released.length, starts: released.lineStarts, text: textNow });
}

/** How a released document reads its text; not enumerable, so no copy takes it. */
const TEXT_NOW = Symbol('textNow');

// One getter for every document: an accessor of its own (a closure per document) would put each document's
// properties into a dictionary instead of a hidden class shared with the others (slower to read, slower to collect).
const TEXT_ON_DEMAND: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: ParsedDocument & { [TEXT_NOW]: () => string }) {
    return this[TEXT_NOW]();
  },
};

function isSameText(text: string, released: ReleasedText): boolean {
  return text.length === released.length && fingerprintOf(text) === released.fingerprint;
}
