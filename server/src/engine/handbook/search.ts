// German compound words for the search index. Pagefind stems German words and matches prefixes, so
// „Termin“ finds „Terminsystem“; it does not find the later parts of a compound („Broschüre“ in
// „Willkommensbroschüre“). The build therefore adds, per page, the parts of its compounds that are words
// of the toolbox themselves — an index-only attribute, not visible text.

const WORD = /[A-Za-zÄÖÜäöüß]{4,}/g;
/** Joining elements between the parts of a German compound („Willkommen-s-broschüre“). */
const LINKS = ['', 's', 'es', 'n', 'en', 'e', 'er'];
/** Endings that are words of their own but, as the tail of a longer word, are no part worth finding. */
const NOT_PARTS = new Set(['innen', 'samt', 'lagen', 'lich', 'heit', 'keit', 'ung', 'ungen']);

/** Every word of at least four letters, lower-cased. */
export function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** The vocabulary the parts are looked up in: words of the whole toolbox (minimum length 4). */
export function vocabularyOf(texts: Iterable<string>): Set<string> {
  const vocabulary = new Set<string>();
  for (const text of texts) for (const word of wordsOf(text)) if (word.length <= 24) vocabulary.add(word);
  return vocabulary;
}

/**
 * The non-initial parts of the compounds in `text` that are words of `vocabulary`:
 * „Willkommensbroschüre“ → „broschüre“, „Verweisberatung“ → „beratung“. Initial parts need no help
 * (prefix search finds them). Parts are at least five letters long; the head must be a word as well
 * (directly or before a joining element), so that „Ausländerbehörde“ gives „behörde“, not „derbehörde“.
 */
export function compoundParts(text: string, vocabulary: Set<string>): string[] {
  const parts = new Set<string>();
  const seen = new Set<string>();
  for (const word of wordsOf(text)) {
    if (word.length < 8 || seen.has(word)) continue;
    seen.add(word);
    split(word, vocabulary, parts, 0);
  }
  return [...parts];
}

function split(word: string, vocabulary: Set<string>, parts: Set<string>, depth: number): void {
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
