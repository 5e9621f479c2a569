import { describe, expect, it } from 'vitest';
import { LineIndex, lineStartsOf } from './lineIndex';

const TEXTS = {
  'line feeds': 'eins\nzwei\n\ndrei',
  'CRLF': 'eins\r\nzwei\r\n\r\ndrei\r\n',
  'lone CR': 'eins\rzwei\r\rdrei',
  'mixed': 'eins\r\nzwei\nd\rrei\r\n\n',
  'no break': 'eins',
  'empty': '',
  'break only': '\n',
};

describe('line starts', () => {
  it.each(Object.entries(TEXTS))('after LF, CRLF or a lone CR (%s)', (_name, text) => {
    const expected = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) expected.push(i + 1);
    expect(lineStartsOf(text)).toEqual(expected);
  });
});

describe('LineIndex', () => {
  it('places offsets and reads lines without their breaks', () => {
    const lines = new LineIndex(TEXTS.mixed);
    expect(lines.lineCount).toBe(6);
    expect(lines.positionAt(6)).toEqual({ line: 1, character: 0 });
    expect(lines.positionAt(999)).toEqual({ line: 5, character: 0 });
    expect([0, 1, 2, 3, 4].map((l) => lines.lineText(l))).toEqual(['eins', 'zwei', 'd', 'rei', '']);
    expect(lines.offsetAt({ line: 0, character: 99 })).toBe(4);
    expect(lines.offsetAt({ line: 9, character: 0 })).toBe(TEXTS.mixed.length);
  });

  it.each(Object.entries(TEXTS))('from a table of line starts answers as from the text (%s)', (_name, text) => {
    const reads: number[] = [];
    const full = new LineIndex(text);
    const table = new LineIndex({ length: text.length, starts: Uint32Array.from(lineStartsOf(text)), text: () => (reads.push(1), text) });
    for (let offset = 0; offset <= text.length + 1; offset++) expect(table.positionAt(offset)).toEqual(full.positionAt(offset));
    expect(table.lineCount).toBe(full.lineCount);
    // Positions need no text; a line's end and text do.
    expect(reads).toEqual([]);
    for (let line = 0; line < full.lineCount; line++) {
      expect(table.lineText(line)).toBe(full.lineText(line));
      expect(table.lineRange(line)).toEqual(full.lineRange(line));
      expect(table.offsetAt({ line, character: 99 })).toBe(full.offsetAt({ line, character: 99 }));
    }
  });
});
