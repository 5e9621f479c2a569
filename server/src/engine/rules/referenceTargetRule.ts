// Typed references resolve (WK601) to a document of the declared kind (WK602), with did-you-mean: an
// instrument's `requires`, a case's `instruments`, a plan's criteria, every value the schemas mark `x-ref`.
import type { Diagnostic } from '../diagnostic';
import { isUnsettled, type WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ParsedDocument, Reference } from '../parse/document';
import { didYouMean, suggestionText } from '../util/didYouMean';
import { kindLabel } from '../vocabulary';
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';
import { misindentedReference } from './misindented';

export const referenceTargetRule: Rule = {
  name: 'reference-target',
  scope: 'workspace',
  check(document, { index }) {
    const findings: Diagnostic[] = [];
    for (const reference of document.references) {
      // A list entry that swallowed a wrongly indented one names no document; its indentation is the one message.
      if (misindentedReference(document, reference)) continue;
      const problem = resolveProblem(document, reference, index);
      if (problem) findings.push(problem);
    }
    return findings;
  },
};

function resolveProblem(document: ParsedDocument, reference: Reference, index: WorkspaceIndex): Diagnostic | undefined {
  const label = kindLabel(reference.targetKind);
  // Only a finding asks for the offsets: read without the tree, a document has them only on demand.
  const span = (): [number, number] => [reference.start, reference.end];
  if (reference.targetKind === 'criterion') {
    if (index.definesCriterion(reference.target)) return undefined;
    const suggestions = didYouMean(reference.target, index.criterionIds());
    return diagnostic(document, span(), 'error', Codes.refUnresolved,
      `Unbekanntes Kriterium „${reference.target}“: Kein Eckpunkt definiert ein Kriterium mit dieser Kennung.${suggestionText(suggestions)}`,
      { suggestions, targetKind: reference.targetKind });
  }
  if (index.hasIdOfKind(reference.target, reference.targetKind)) return undefined;
  const targets = index.documentsWithId(reference.target);
  // The target cannot say what it is (broken frontmatter, unknown kind), or the file of that name carries another
  // id: the finding in that document is the one message.
  if (targets.some(isUnsettled) || (targets.length === 0 && index.strayWithStem(reference.target).length > 0)) return undefined;
  if (targets.length > 0) {
    const actual = targets[0]!.kind ?? 'unbekannt';
    const suggestions = didYouMean(reference.target, index.idsOfKind(reference.targetKind));
    return diagnostic(document, span(), 'error', Codes.refWrongKind,
      `„${reference.target}“ ist ein ${kindLabel(actual)}; hier wird ein ${label} erwartet.${suggestionText(suggestions)}`,
      { suggestions, targetKind: reference.targetKind });
  }
  const suggestions = didYouMean(reference.target, index.idsOfKind(reference.targetKind));
  return diagnostic(document, span(), 'error', Codes.refUnresolved,
    `Verweis ins Leere: Es gibt ${MASCULINE.has(reference.targetKind) ? 'keinen' : 'kein'} ${label} mit der Kennung „${reference.target}“.${suggestionText(suggestions)}`,
    { suggestions, targetKind: reference.targetKind });
}

/** Kinds whose German noun is masculine ("keinen Standort" but "kein Instrument"). */
const MASCULINE = new Set(['eckpunkt', 'site', 'plan']);
