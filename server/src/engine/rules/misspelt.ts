// A dangling reference is often a typo of an existing id. The finding about the typo (WK601, with its
// suggestion) is the one message; rules that would report the missing counterpart ask here first.
import type { ParsedDocument } from '../parse/document';
import { didYouMean } from '../util/didYouMean';

/**
 * Whether `document` has, under the top-level field `field`, a reference that matches none of `known` and whose
 * closest match is `id`.
 */
export function misspells(document: ParsedDocument, field: string, id: string, known: readonly string[]): boolean {
  const candidates = document.references.filter((r) => r.path[0] === field && r.target !== id);
  if (candidates.length === 0) return false;
  const ids = new Set(known);
  return candidates.some((r) => !ids.has(r.target) && didYouMean(r.target, known, 1)[0] === id);
}
