// Rule 3: `kind` is present and names a known document kind.
import { isMap } from 'yaml';
import { keySpan, valueSpan } from '../parse/document';
import { didYouMean, suggestionText } from '../util/didYouMean';
import { Codes } from './codes';
import { diagnostic, frontmatterAnchor, type Rule } from './context';

export const kindRule: Rule = {
  name: 'kind',
  scope: 'document',
  check(document, { schemas }) {
    // A known kind needs no look at the tree (which a document read without one would otherwise have to build).
    if (document.kind && schemas.schemaOf(document.kind)) return [];
    if (!document.yaml || !isMap(document.yaml.doc.contents)) return [];
    const span = valueSpan(document, ['kind']);
    const empty = span !== undefined && span[0] === span[1];
    if ((!document.data?.kind && !span) || empty) {
      // No `kind`, or `kind:` with nothing after it: one finding, on the key when there is one.
      return [diagnostic(document, (empty && keySpan(document, ['kind'])) || frontmatterAnchor(document), 'error', Codes.kindMissing,
        `Das Feld „kind“ ${empty ? 'ist leer' : 'fehlt'}. Es bestimmt die Dokumentart: ${schemas.kinds.map((k) => `„${k}“`).join(', ')}.`)];
    }
    const kind = document.kind;
    if (kind && schemas.schemaOf(kind)) return [];
    const shown = kind ?? String(document.data?.kind ?? '');
    const suggestions = didYouMean(shown, schemas.kinds);
    return [diagnostic(document, span ?? frontmatterAnchor(document), 'error', Codes.kindUnknown,
      `Unbekannte Dokumentart „${shown}“. Erlaubt sind ${schemas.kinds.map((k) => `„${k}“`).join(', ')}.${suggestionText(suggestions)}`,
      { suggestions })];
  },
};
