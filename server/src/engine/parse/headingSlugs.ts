// The anchors of one document's headings, exactly as github-slugger writes them (and so rehype-slug in the handbook):
// lower case, punctuation dropped, spaces as hyphens, a repeated anchor numbered `-1`, `-2`, …. The library's class
// keeps its counts in a plain object, which for tens of thousands of headings costs more than the slugging; a Map
// does not. Headings of letters, digits and spaces alone skip the library's long Unicode expression.
import { slug } from 'github-slugger';

/** Characters github-slugger keeps, lower-cased, as they are: ASCII letters, digits, `_`, `-`, space, Latin-1 letters. */
const KEPT_AS_IS = /^[ \-0-9A-Za-z_\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]*$/;

export class HeadingSlugs {
  private readonly occurrences = new Map<string, number>();

  slug(text: string): string {
    const original = KEPT_AS_IS.test(text) ? text.toLowerCase().replaceAll(' ', '-') : slug(text);
    let result = original;
    while (this.occurrences.has(result)) {
      const count = this.occurrences.get(original)! + 1;
      this.occurrences.set(original, count);
      result = `${original}-${count}`;
    }
    this.occurrences.set(result, 0);
    return result;
  }
}
