// German hyphenation at render time: soft hyphens in the text of tables, whose narrow columns would
// otherwise break long compounds anywhere or overflow. The patterns come with the library, so the result
// does not depend on the dictionaries of the browser that prints.
import { hyphenateSync } from 'hyphen/de';

/** Words shorter than this stay whole; they fit any column. */
const MIN_WORD = 8;
const WORD = new RegExp(`[A-Za-zÄÖÜäöüß]{${MIN_WORD},}`, 'g');

/** `text` (plain text or the text between tags) with soft hyphens in long words. */
export function hyphenateWords(text: string): string {
  return text.replace(WORD, (word) => hyphenateSync(word, { minWordLength: MIN_WORD }));
}

/** The HTML with soft hyphens in the text of every table; tags, attributes and entities stay as they are. */
export function hyphenateTables(html: string): string {
  return html.replace(/<table\b[\s\S]*?<\/table>/g, (table) => table.replace(/>([^<]+)</g, (_, text: string) => `>${hyphenateWords(text)}<`));
}
