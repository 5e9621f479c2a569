// Rule 6: typed references resolve to a document of the declared kind (with did-you-mean),
// `requires` has no cycles (reported at each id of the cycle), `related` is mutual.
import type { Diagnostic } from '../diagnostic';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ParsedDocument, Reference } from '../parse/document';
import { didYouMean, suggestionText } from '../util/didYouMean';
import { kindLabel } from '../vocabulary';
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';

export const referencesRule: Rule = {
  name: 'references',
  scope: 'workspace',
  check(document, { index }) {
    const findings: Diagnostic[] = [];
    for (const reference of document.references) {
      const problem = resolveProblem(document, reference, index);
      if (problem) findings.push(problem);
    }
    findings.push(...cycles(document, index), ...mutualRelated(document, index));
    return findings;
  },
};

function resolveProblem(document: ParsedDocument, reference: Reference, index: WorkspaceIndex): Diagnostic | undefined {
  const label = kindLabel(reference.targetKind);
  const span: [number, number] = [reference.start, reference.end];
  if (reference.targetKind === 'criterion') {
    if (index.criterionDefiners(reference.target).length > 0) return undefined;
    const suggestions = didYouMean(reference.target, index.criterionIds());
    return diagnostic(document, span, 'error', Codes.refUnresolved,
      `Unbekanntes Kriterium „${reference.target}“: Kein Eckpunkt definiert ein Kriterium mit dieser Kennung.${suggestionText(suggestions)}`,
      { suggestions, targetKind: reference.targetKind });
  }
  const targets = index.documentsWithId(reference.target);
  if (targets.some((t) => t.kind === reference.targetKind)) return undefined;
  if (targets.length > 0) {
    const actual = targets[0]!.kind ?? 'unbekannt';
    const suggestions = didYouMean(reference.target, index.idsOfKind(reference.targetKind));
    return diagnostic(document, span, 'error', Codes.refWrongKind,
      `„${reference.target}“ ist ein ${kindLabel(actual)}; hier wird ein ${label} erwartet.${suggestionText(suggestions)}`,
      { suggestions, targetKind: reference.targetKind });
  }
  const suggestions = didYouMean(reference.target, index.idsOfKind(reference.targetKind));
  return diagnostic(document, span, 'error', Codes.refUnresolved,
    `Verweis ins Leere: Es gibt ${MASCULINE.has(reference.targetKind) ? 'keinen' : 'kein'} ${label} mit der Kennung „${reference.target}“.${suggestionText(suggestions)}`,
    { suggestions, targetKind: reference.targetKind });
}

/** Kinds whose German noun is masculine ("keinen Standort" but "kein Instrument"). */
const MASCULINE = new Set(['eckpunkt', 'site', 'plan']);

function requiresOf(document: ParsedDocument): Reference[] {
  return document.references.filter((r) => r.path[0] === 'requires' && r.targetKind === 'instrument');
}

/** For each `requires` entry, is there a path back to this document? Then the entry is part of a cycle. */
function cycles(document: ParsedDocument, index: WorkspaceIndex): Diagnostic[] {
  if (document.kind !== 'instrument' || !document.id) return [];
  const findings: Diagnostic[] = [];
  for (const reference of requiresOf(document)) {
    const path = pathBack(reference.target, document.id, index);
    if (!path) continue;
    const cycle = [document.id, ...path].join(' → ');
    findings.push(diagnostic(document, [reference.start, reference.end], 'error', Codes.requiresCycle,
      `Zirkuläre Voraussetzung: ${cycle}. Ein Instrument kann nicht (auch nicht über andere) Voraussetzung für sich selbst sein.`,
      { cycle: [document.id, ...path] }));
  }
  return findings;
}

function pathBack(from: string, to: string, index: WorkspaceIndex): string[] | undefined {
  const previous = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const current = queue.shift()!;
    if (current === to) {
      const path: string[] = [];
      for (let node: string | null | undefined = current; node != null; node = previous.get(node)) path.unshift(node);
      return path;
    }
    const target = index.documentsWithId(current).find((d) => d.kind === 'instrument');
    if (!target) continue;
    for (const next of requiresOf(target)) {
      if (previous.has(next.target)) continue;
      previous.set(next.target, current);
      queue.push(next.target);
    }
  }
  return undefined;
}

function mutualRelated(document: ParsedDocument, index: WorkspaceIndex): Diagnostic[] {
  if (document.kind !== 'instrument' || !document.id) return [];
  const findings: Diagnostic[] = [];
  for (const reference of document.references) {
    if (reference.path[0] !== 'related') continue;
    const other = index.documentsWithId(reference.target).find((d) => d.kind === 'instrument');
    if (!other) continue;
    const back = other.references.some((r) => r.path[0] === 'related' && r.target === document.id);
    if (back) continue;
    findings.push(diagnostic(document, [reference.start, reference.end], 'warning', Codes.relatedNotMutual,
      `„${reference.target}“ ist als verwandt eingetragen, nennt „${document.id}“ aber nicht unter „related“. Verwandtschaft gilt in beide Richtungen.`,
      { otherUri: other.uri, otherId: other.id, missingId: document.id }));
  }
  return findings;
}
