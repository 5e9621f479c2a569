// Test support: playing text edits back onto a text, as an editor applies a workspace edit.
import type { TextEdit } from 'vscode-languageserver-types';
import { LineIndex } from '../text/lineIndex';

/** Applies edits that all address the original text (LSP semantics); edits at the same place keep their order. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const spans = edits
    .map((edit, order) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), newText: edit.newText, order }))
    .sort((a, b) => b.start - a.start || b.order - a.order);
  let result = text;
  for (const span of spans) result = result.slice(0, span.start) + span.newText + result.slice(span.end);
  return result;
}
