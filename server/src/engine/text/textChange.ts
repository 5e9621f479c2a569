// The one edit that turns a text into another: what lies between their common start and their common end. A fix
// computed as a whole new text (appendUpdate keeps every other byte) reaches the editor as this small edit.
import type { TextEdit } from 'vscode-languageserver-types';
import type { LineIndex } from './lineIndex';

export function textChange(lines: LineIndex, before: string, after: string): TextEdit {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { range: lines.range(start, before.length - end), newText: after.slice(start, after.length - end) };
}
