// Rule 8: relative links resolve — to an existing file, and to an existing heading anchor (as the handbook
// slugs it) where they carry `#anchor`, and stay inside the toolbox (the handbook publishes nothing from outside
// it, so such a link would be dropped from the site). External links are not fetched.
import type { Diagnostic } from '../diagnostic';
import type { HeadingInfo } from '../parse/body';
import { MAX_SUGGESTED_LINKS } from '../parse/limits';
import { resolveLink } from '../workspace/workspaceIndex';
import { didYouMean, suggestionText } from '../util/didYouMean';
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';

export const linksRule: Rule = {
  name: 'links',
  scope: 'workspace',
  check(document, { index, fileExists, fileInside }) {
    const findings: Diagnostic[] = [];
    // File names of the workspace, listed once per document and only when a link is broken.
    let fileNames: string[] | undefined;
    // Each suggestion compares with every file name or heading: only the first broken links get one.
    let suggested = 0;
    const suggest = (input: string, candidates: () => string[]) => (suggested++ < MAX_SUGGESTED_LINKS ? didYouMean(input, candidates()) : []);
    for (const link of document.body.links) {
      const target = resolveLink(document.uri, link.url);
      if (!target) continue;
      const span: [number, number] = [link.urlStart, link.urlEnd];
      const targetDocument = index.get(target.uri);
      if (!targetDocument && !fileExists(target.uri)) {
        const file = target.uri.slice(target.uri.lastIndexOf('/') + 1);
        const suggestions = suggest(decodeURIComponent(file), () => (fileNames ??= [...index.uris()].map((u) => u.slice(u.lastIndexOf('/') + 1))));
        findings.push(diagnostic(document, span, 'error', Codes.linkTargetMissing,
          `Der Link zeigt auf eine Datei, die es nicht gibt: „${link.url.split('#')[0]}“.${suggestionText(suggestions)}`, { suggestions }));
        continue;
      }
      if (!targetDocument && fileInside(document.uri) && !fileInside(target.uri)) {
        findings.push(diagnostic(document, span, 'error', Codes.linkOutsideToolbox,
          `Der Link führt aus dem Werkzeugkoffer hinaus: „${link.url.split('#')[0]}“. Das Handbuch veröffentlicht nur Dateien aus dem Werkzeugkoffer; legen Sie die Datei dort ab und verlinken Sie sie dort.`));
        continue;
      }
      if (!target.fragment) continue;
      const headings = (targetDocument ?? (target.uri === document.uri ? document : undefined))?.body.headings;
      if (!headings) continue;
      let fragment = target.fragment;
      try {
        fragment = decodeURIComponent(fragment);
      } catch {
        // keep the raw fragment
      }
      if (hasAnchor(headings, fragment)) continue;
      const suggestions = suggest(fragment, () => headings.map((h) => h.slug)).map((s) => `#${s}`);
      const fragmentStart = link.urlStart + Math.max(0, link.url.indexOf('#'));
      const file = link.url.split('#')[0]!;
      const where = file ? `in „${file.slice(file.lastIndexOf('/') + 1)}“` : 'in diesem Dokument';
      findings.push(diagnostic(document, [fragmentStart, link.urlEnd], 'error', Codes.linkAnchorMissing,
        `Den Anker „#${fragment}“ gibt es ${where} nicht.${suggestions.length ? suggestionText(suggestions) : existingAnchors(headings)}`,
        { suggestions }));
    }
    return findings;
  },
};

/** Without a close match: the first anchors of the target, so that the right one can be picked without opening it. */
function existingAnchors(headings: HeadingInfo[]): string {
  if (headings.length === 0) return ' Das Dokument hat keine Überschriften.';
  const shown = headings.slice(0, MAX_LISTED_ANCHORS).map((h) => `„#${h.slug}“`).join(', ');
  return ` Vorhandene Anker: ${shown}${headings.length > MAX_LISTED_ANCHORS ? ' …' : ''}.`;
}

const MAX_LISTED_ANCHORS = 5;

/**
 * Whether one of `headings` has the anchor `slug`. A few headings are looked through (most documents have a
 * handful, and a set for each target costs more than the look); many are found in a set built once per body.
 */
function hasAnchor(headings: HeadingInfo[], slug: string): boolean {
  if (headings.length <= FEW_HEADINGS) return headings.some((heading) => heading.slug === slug);
  return slugsOf(headings).has(slug);
}

const FEW_HEADINGS = 8;

/** The anchors of a document's headings, as a set built once per parsed body: a look-up per link, not a scan. */
const slugSets = new WeakMap<HeadingInfo[], Set<string>>();

function slugsOf(headings: HeadingInfo[]): Set<string> {
  let slugs = slugSets.get(headings);
  if (!slugs) {
    slugs = new Set(headings.map((h) => h.slug));
    slugSets.set(headings, slugs);
  }
  return slugs;
}
