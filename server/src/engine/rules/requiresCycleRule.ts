// An instrument's `requires` has no cycle (WK603): no instrument is, directly or through others, a
// prerequisite of itself. The cycle is reported at each entry of it.
import type { Diagnostic } from '../diagnostic';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ParsedDocument, Reference } from '../parse/document';
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';
import { requiresOf } from '../parse/requires';

export const requiresCycleRule: Rule = {
  name: 'requires-cycle',
  scope: 'workspace',
  check: (document, { index }) => cycles(document, index),
};

/** The instruments `document` requires (what `requires` names as another kind is its schema's error). */
function requiredInstruments(document: ParsedDocument): Reference[] {
  return requiresOf(document).filter((r) => r.targetKind === 'instrument');
}

/** For each `requires` entry, is there a path back to this document? Then the entry is part of a cycle. */
function cycles(document: ParsedDocument, index: WorkspaceIndex): Diagnostic[] {
  if (document.kind !== 'instrument' || !document.id) return [];
  const findings: Diagnostic[] = [];
  for (const reference of requiredInstruments(document)) {
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
    const target = index.withIdOfKind(current, 'instrument');
    if (!target) continue;
    for (const next of requiredInstruments(target)) {
      if (previous.has(next.target)) continue;
      previous.set(next.target, current);
      queue.push(next.target);
    }
  }
  return undefined;
}
