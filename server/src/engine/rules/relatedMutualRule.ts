// `related` between instruments is mutual (WK604): an instrument that names another as related is named by it
// too. The quick fix adds the missing entry on the other side (features/codeActions.ts).
import type { Diagnostic } from '../diagnostic';
import { fileStem, isUnsettled, type WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ParsedDocument } from '../parse/document';
import { Codes } from './codes';
import { meantTargets } from './misindented';
import { misspells } from './misspelt';
import { diagnostic, type Rule } from './context';

export const relatedMutualRule: Rule = {
  name: 'related-mutual',
  scope: 'workspace',
  check: (document, { index }) => mutualRelated(document, index),
};

function mutualRelated(document: ParsedDocument, index: WorkspaceIndex): Diagnostic[] {
  if (document.kind !== 'instrument' || !document.id) return [];
  const findings: Diagnostic[] = [];
  for (const reference of document.references) {
    if (reference.path[0] !== 'related') continue;
    const other = index.withIdOfKind(reference.target, 'instrument');
    if (!other || isUnsettled(other)) continue;
    // Named by its file name counts: an id that drifted from it has its own message (WK502).
    const names = [document.id, fileStem(document.uri)];
    // Named in an entry that a wrongly indented one merged into counts too: the indentation is the one message.
    const back = other.references.some((r) => r.path[0] === 'related' && meantTargets(other, r).some((t) => names.includes(t)));
    if (back || misspells(other, 'related', document.id, index.idsOfKind('instrument'))) continue;
    findings.push(diagnostic(document, [reference.start, reference.end], 'warning', Codes.relatedNotMutual,
      `„${reference.target}“ ist als verwandt eingetragen, nennt „${document.id}“ aber nicht unter „related“. Verwandtschaft gilt in beide Richtungen.`,
      { otherUri: other.uri, otherId: other.id, missingId: document.id }));
  }
  return findings;
}
