// Rule 5: ids are unique in the workspace (every location reported, with the others as related
// information), criterion ids too, and an id matches its file name.
import type { Diagnostic } from '../diagnostic';
import { valueSpan, type ParsedDocument } from '../parse/document';
import { fileStem, type WorkspaceIndex } from '../workspace/workspaceIndex';
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';

export const idFileNameRule: Rule = {
  name: 'id-file-name',
  // Workspace scope: a copy that kept another document's id is told so once, by the duplicate (WK501).
  scope: 'workspace',
  check(document, { index }) {
    const id = document.id;
    if (!id || typeof document.data?.id !== 'string') return [];
    const stem = fileStem(document.uri);
    if (stem === id || ownerOf(id, index)) return [];
    const span = valueSpan(document, ['id']);
    if (!span) return [];
    return [diagnostic(document, span, 'warning', Codes.idFileName,
      `Die Kennung „${id}“ weicht vom Dateinamen „${stem}.md“ ab. Benennen Sie die Datei in „${id}.md“ um oder passen Sie die Kennung an.`,
      { suggestions: [stem], expectedFileName: `${id}.md` })];
  },
};

/** The document that holds `id` in a file of that name: the original when another document took over its id. */
function ownerOf(id: string, index: WorkspaceIndex): ParsedDocument | undefined {
  const holders = index.documentsWithId(id);
  const named = holders.filter((d) => fileStem(d.uri) === id);
  return holders.length > 1 && named.length === 1 ? named[0] : undefined;
}

export const idUniqueRule: Rule = {
  name: 'id-unique',
  scope: 'workspace',
  check(document, { index }) {
    const findings: Diagnostic[] = [];
    const duplicate = document.id ? duplicateId(document, document.id, index) : undefined;
    if (duplicate) findings.push(duplicate);
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

/**
 * WK501 for a document whose id another also holds. When one of them is named after the id, it is the original:
 * only the others are told, with its file name and the id their own file name suggests.
 */
function duplicateId(document: ParsedDocument, id: string, index: WorkspaceIndex): Diagnostic | undefined {
  const others = index.documentsWithId(id).filter((d) => d.uri !== document.uri);
  if (others.length === 0) return undefined;
  const owner = ownerOf(id, index);
  const span = owner === document ? undefined : valueSpan(document, ['id']);
  if (!span) return undefined;
  const stem = fileStem(document.uri);
  const message = owner
    ? `Die Kennung „${id}“ gehört schon zu „${fileStem(owner.uri)}.md“. Geben Sie diesem Dokument eine eigene Kennung, etwa „${stem}“ wie sein Dateiname.`
    : `Die Kennung „${id}“ ist nicht eindeutig: Sie kommt noch in ${others.length === 1 ? 'einem weiteren Dokument' : `${others.length} weiteren Dokumenten`} vor.`;
  const finding = diagnostic(document, span, 'error', Codes.idDuplicate, message, owner ? { suggestions: [stem] } : undefined);
  finding.related = others.map((other) => ({ uri: other.uri, range: rangeOfId(other), message: `Ebenfalls „${id}“` }));
  return finding;
}

function rangeOfId(document: ParsedDocument) {
  const span = valueSpan(document, ['id']) ?? [0, 0];
  return document.lines.range(span[0], span[1]);
}
