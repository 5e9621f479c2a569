// Rule 5: ids are unique in the workspace (every location reported, with the others as related
// information), criterion ids too, and an id matches its file name.
import { Utils, URI } from 'vscode-uri';
import type { Diagnostic } from '../diagnostic';
import { valueSpan, type ParsedDocument } from '../parse/document';
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';

export function fileStem(uri: string): string {
  return Utils.basename(URI.parse(uri)).replace(/\.md$/i, '');
}

export const idFileNameRule: Rule = {
  name: 'id-file-name',
  scope: 'document',
  check(document) {
    const id = document.id;
    const span = valueSpan(document, ['id']);
    if (!id || !span || typeof document.data?.id !== 'string') return [];
    const stem = fileStem(document.uri);
    if (stem === id) return [];
    return [diagnostic(document, span, 'warning', Codes.idFileName,
      `Die Kennung „${id}“ weicht vom Dateinamen „${stem}.md“ ab. Benennen Sie die Datei in „${id}.md“ um oder passen Sie die Kennung an.`,
      { suggestions: [stem], expectedFileName: `${id}.md` })];
  },
};

export const idUniqueRule: Rule = {
  name: 'id-unique',
  scope: 'workspace',
  check(document, { index }) {
    const findings: Diagnostic[] = [];
    if (document.id) {
      const span = valueSpan(document, ['id']);
      const others = index.documentsWithId(document.id).filter((d) => d.uri !== document.uri);
      if (span && others.length > 0) {
        const finding = diagnostic(document, span, 'error', Codes.idDuplicate,
          `Die Kennung „${document.id}“ ist nicht eindeutig: Sie kommt noch in ${others.length === 1 ? 'einem weiteren Dokument' : `${others.length} weiteren Dokumenten`} vor.`);
        finding.related = others.map((other) => ({ uri: other.uri, range: rangeOfId(other), message: `Ebenfalls „${document.id}“` }));
        findings.push(finding);
      }
    }
    const seenHere = new Map<string, number>();
    for (const definition of document.definitions) seenHere.set(definition.id, (seenHere.get(definition.id) ?? 0) + 1);
    for (const definition of document.definitions) {
      const elsewhere = index.criterionDefiners(definition.id).filter((d) => d.uri !== document.uri);
      if (elsewhere.length === 0 && seenHere.get(definition.id)! < 2) continue;
      const finding = diagnostic(document, [definition.start, definition.end], 'error', Codes.criterionDuplicate,
        `Die Kennung des Kriteriums „${definition.id}“ ist nicht eindeutig.`);
      finding.related = [
        ...document.definitions.filter((d) => d.id === definition.id && d !== definition).map((d) => ({ uri: document.uri, range: document.lines.range(d.start, d.end), message: 'Ebenfalls hier' })),
        ...elsewhere.flatMap((other) => other.definitions.filter((d) => d.id === definition.id).map((d) => ({ uri: other.uri, range: other.lines.range(d.start, d.end), message: 'Ebenfalls hier' }))),
      ];
      findings.push(finding);
    }
    return findings;
  },
};

function rangeOfId(document: ParsedDocument) {
  const span = valueSpan(document, ['id']) ?? [0, 0];
  return document.lines.range(span[0], span[1]);
}
