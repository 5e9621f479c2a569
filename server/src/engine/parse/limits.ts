// The bounds of the work per document that are not the schema's: each is written down once here and documented
// in the README ("Grenzen"). The file size (1 MB) is in languageService.ts, the YAML limits in frontmatter.ts.

/**
 * Containers (block quotes `>`, list items) opened on one line, at most. CommonMark's reading (micromark) costs
 * more than the square of this per line; no toolbox page nests deeper than a handful.
 */
export const MAX_MARKDOWN_NESTING = 32;

/**
 * The budget of the inline reading, in the estimate `markdownBudget.ts` computes: the sum, over the paragraphs,
 * of the square of the characters in each that can open or close an inline construct (`[ ] ( ) * _ \` < & ! \\`).
 * micromark merges the pieces such characters leave behind one by one, at a cost that grows with that square.
 * A paragraph of 3,000 such characters reaches it; a long toolbox page stays below a hundredth of it.
 */
export const MAX_INLINE_WORK = 9_000_000;

/**
 * Label look-ups, estimated as link reference definitions times closing brackets: remark's reading (the
 * handbook) compares each label with every definition before it. 5,000 definitions and 5,000 references.
 */
export const MAX_LABEL_LOOKUPS = 25_000_000;

/**
 * Broken links of one document that get a "Meinten Sie …?" suggestion, at most: each compares its target
 * with every heading or file name, so thousands of broken links in one document would cost millions.
 */
export const MAX_SUGGESTED_LINKS = 50;
