// Test support: positions and ranges by what the text says, so a test names the place it means.
import type { Position, Range } from 'vscode-languageserver-types';
import { LineIndex } from '../text/lineIndex';

export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

function offsetOf(text: string, needle: string, after?: string): number {
  const from = after === undefined ? 0 : text.indexOf(after);
  if (from < 0) throw new Error(`"${after}" not in text`);
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`"${needle}" not in text`);
  return offset;
}

/** The position `shift` characters into the first `needle` (after the first `after`, if given). */
export function positionOf(text: string, needle: string, shift = 0, after?: string): Position {
  return new LineIndex(text).positionAt(offsetOf(text, needle, after) + shift);
}

/** The range of the first `needle` (after the first `after`, if given). */
export function rangeOf(text: string, needle: string, after?: string): Range {
  const lines = new LineIndex(text);
  const start = offsetOf(text, needle, after);
  return { start: lines.positionAt(start), end: lines.positionAt(start + needle.length) };
}
