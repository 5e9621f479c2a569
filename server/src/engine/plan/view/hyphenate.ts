// German hyphenation at render time: soft hyphens in the text of tables, whose narrow columns would
// otherwise break long compounds anywhere or overflow. The patterns come with the library, so the result
// does not depend on the dictionaries of the browser that prints. They are loaded on the first render only:
// evaluating them costs about 100 ms, which every command that renders nothing would otherwise pay at start. The
// bundles take them from their own file (dist/vendor/, scripts/esbuildOptions.mjs), so the import must stay dynamic.

/** Words shorter than this stay whole; they fit any column. */
const MIN_WORD = 8;
const WORD = new RegExp(`[A-Za-zÄÖÜäöüß]{${MIN_WORD},}`, 'g');

type Hyphenate = (word: string, options: { minWordLength: number }) => string;
let hyphenator: Promise<Hyphenate> | undefined;

function loadHyphenator(): Promise<Hyphenate> {
  hyphenator ??= import('hyphen/de').then((module) => module.hyphenateSync as Hyphenate);
  return hyphenator;
}

function softHyphens(text: string, hyphenate: Hyphenate): string {
  return text.replace(WORD, (word) => hyphenate(word, { minWordLength: MIN_WORD }));
}

/** `text` (plain text or the text between tags) with soft hyphens in long words. */
export async function hyphenateWords(text: string): Promise<string> {
  return softHyphens(text, await loadHyphenator());
}

/**
 * The HTML with soft hyphens in the text of every table; tags, attributes, entities and ids stay as they are (an
 * id's label, viewModel's `idLabel`, copied from the preview must be the id, without soft hyphens).
 */
export async function hyphenateTables(html: string): Promise<string> {
  const hyphenate = await loadHyphenator();
  return html.replace(/<table\b[\s\S]*?<\/table>/g, (table) =>
    table.replace(/<span class="kennung">[^<]*<\/span>|>([^<]+)(?=<)/g, (whole, text: string | undefined) => (text === undefined ? whole : `>${softHyphens(text, hyphenate)}`)),
  );
}
