// Rule 3: `kind` is present and names a known document kind.
import { isMap } from 'yaml';
import { valueSpan } from '../parse/document';
import { didYouMean, suggestionText } from '../util/didYouMean';
import { Codes } from './codes';
import { diagnostic, frontmatterAnchor, type Rule } from './context';

export const kindRule: Rule = {
  name: 'kind',
  scope: 'document',
  check(document, { schemas }) {
    if (!document.yaml || !isMap(document.yaml.doc.contents)) return [];
    const span = valueSpan(document, ['kind']);
    if (!document.data?.kind && !span) {
      return [diagnostic(document, frontmatterAnchor(document), 'error', Codes.kindMissing,
        `Das Feld „kind“ fehlt. Es bestimmt die Dokumentart: ${schemas.kinds.map((k) => `„${k}“`).join(', ')}.`)];
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
