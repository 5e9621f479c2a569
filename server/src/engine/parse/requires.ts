// What an instrument's `requires` names: asked by the plan rules for every measure of every plan, by the cycle
// rule for every step of its search and by the index for who depends on an instrument, so it is read from the
// document's references once.
import type { ParsedDocument, Reference } from './document';

/** The references under `requires`, in order; kept per parsed document (an edit makes a new one). */
export function requiresOf(document: ParsedDocument): readonly Reference[] {
  let references = requiresByDocument.get(document);
  if (!references) {
    references = document.references.filter((reference) => reference.path[0] === 'requires');
    requiresByDocument.set(document, references);
  }
  return references;
}

const requiresByDocument = new WeakMap<ParsedDocument, readonly Reference[]>();
