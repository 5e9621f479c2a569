// German compound words for the search index. Pagefind stems German words and matches prefixes, so
// „Termin“ finds „Terminsystem“; it does not find the later parts of a compound („Broschüre“ in
// „Willkommensbroschüre“). The build therefore adds, per page, the parts of its compounds that are words
// of the toolbox themselves — an index-only attribute, not visible text.
import type { ParsedDocument } from '../parse/document';
import { ownCopy } from '../util/ownCopy';
import { str } from './html';

const WORD = /[A-Za-zÄÖÜäöüß]{4,}/g;
/** WORD of a lower-cased text. */
const LOWER_WORD = /[a-zäöüß]{4,}/g;
/**
 * The only letters outside WORD whose lower case is in it (İ → i̇, the Kelvin sign → k, ẞ → ß). A text without them can
 * be lower-cased in one go before its words are taken, rather than word by word: the words are the same.
 */
const LOWER_CASE_INTO_WORD = /[\u0130\u212a\u1e9e]/;
/** The longest word the vocabulary takes. */
const VOCABULARY_WORD = 24;
/** The shortest word split into parts: a head of four letters and a part of at least five (see split). */
const COMPOUND = 8;
/** Joining elements between the parts of a German compound („Willkommen-s-broschüre“). */
const LINKS = ['', 's', 'es', 'n', 'en', 'e', 'er'];
/** Endings that are words of their own but, as the tail of a longer word, are no part worth finding. */
const NOT_PARTS = new Set(['innen', 'samt', 'lagen', 'lich', 'heit', 'keit', 'ung', 'ungen']);

/** Every word of at least four letters, lower-cased. */
export function wordsOf(text: string): string[] {
  if (!LOWER_CASE_INTO_WORD.test(text)) return text.toLowerCase().match(LOWER_WORD) ?? [];
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** What of a document the search finds: title, summary, question and body (the page's searchable text). */
function searchableParts(document: ParsedDocument): string[] {
  const data = document.data ?? {};
  return [str(data.title) ?? '', str(data.summary) ?? '', str(data.question) ?? '', document.text.slice(document.split.bodyStart)];
}

/**
 * The words of the whole toolbox the parts are looked up in, and per document the words its parts come from. Each
 * document's text is read once, for both (reading every body twice was a third of rendering the pages); the words
 * kept are own copies, shared between the documents, so that no lower-cased body stays behind them.
 */
export class SearchVocabulary {
  /** Every word of the documents added, of four to 24 letters, lower-cased: the word → the copy kept. */
  private readonly words = new Map<string, string>();
  /** Per document read: its distinct words of eight letters or more, in the order they first stand. */
  private readonly compounds = new WeakMap<ParsedDocument, string[]>();

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** Adds the document's words to the vocabulary (an edited document as well: the vocabulary only grows). */
  add(document: ParsedDocument): void {
    this.compounds.set(document, this.read(document, true));
  }

  /** The document's compound parts that are words of the vocabulary, in the order they are found. */
  partsOf(document: ParsedDocument): string[] {
    let compounds = this.compounds.get(document);
    if (!compounds) this.compounds.set(document, (compounds = this.read(document, false)));
    return partsOfWords(compounds, this);
  }

  private read(document: ParsedDocument, addToVocabulary: boolean): string[] {
    const compounds = new Map<string, string>();
    // Word by word of „title summary question body“ is word by word of each part, one after the other.
    for (const part of searchableParts(document)) {
      for (const word of wordsOf(part)) {
        let kept = this.words.get(word);
        if (kept === undefined && addToVocabulary && word.length <= VOCABULARY_WORD) this.words.set(word, (kept = ownCopy(word)));
        if (word.length >= COMPOUND && !compounds.has(word)) compounds.set(word, kept ?? ownCopy(word));
      }
    }
    return [...compounds.values()];
  }
}

/**
 * The non-initial parts of the given distinct words that are words of `vocabulary`: „Willkommensbroschüre“ →
 * „broschüre“, „Verweisberatung“ → „beratung“. Initial parts need no help (prefix search finds them). Parts are at
 * least five letters long; the head must be a word as well (directly or before a joining element), so that
 * „Ausländerbehörde“ gives „behörde“, not „derbehörde“.
 */
function partsOfWords(words: Iterable<string>, vocabulary: SearchVocabulary): string[] {
  const parts = new Set<string>();
  for (const word of words) split(word, vocabulary, parts, 0);
  return [...parts];
}

function split(word: string, vocabulary: SearchVocabulary, parts: Set<string>, depth: number): void {
  if (depth > 3) return;
  for (let i = 4; i <= word.length - 5; i++) {
    const tail = word.slice(i);
    if (!vocabulary.has(tail) || NOT_PARTS.has(tail)) continue;
    const head = word.slice(0, i);
    if (!LINKS.some((link) => head.length - link.length >= 4 && head.endsWith(link) && vocabulary.has(head.slice(0, head.length - link.length)))) continue;
    if (!parts.has(tail)) {
      parts.add(tail);
      if (tail.length >= 8) split(tail, vocabulary, parts, depth + 1);
    }
  }
}
