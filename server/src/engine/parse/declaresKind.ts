// Whether a text is a Werkzeugkoffer document: its frontmatter names one of the kinds. A cheap look at the top
// of the text (no YAML parse), shared by the server and the extension to decide which files they take on.
// Kept free of dependencies so the extension can bundle it; the kinds are those of `schemas/`.
const DECLARES_KIND = /^\uFEFF?---[ \t]*\r?\n(?:[^\n]*\n){0,30}?kind:[ \t]*["']?(eckpunkt|instrument|case|site|plan|page)\b/;

export function declaresKind(text: string): boolean {
  return DECLARES_KIND.test(text.slice(0, 2000));
}
