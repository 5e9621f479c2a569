import { describe, expect, it } from 'vitest';
import { charWidth, excerpt } from './excerpt';
import { formatHuman } from './human';

/** Display columns of a shown line, counted as the terminal does. */
function columns(text: string): number {
  return [...text].reduce((sum, c) => sum + charWidth(c), 0);
}

describe('excerpt', () => {
  it('keeps a line that fits as it is', () => {
    expect(excerpt('effort: groß', 8, 12, 40)).toEqual({ line: 'effort: groß', indent: 8, carets: 4 });
  });

  it('cuts a long line to a window centred on the error column, with „…“ at both ends', () => {
    const source = `${'a'.repeat(100)}FEHLER${'b'.repeat(100)}`;
    const shown = excerpt(source, 100, 106, 20);
    expect(shown).toEqual({ line: '…aaaaaaFEHLERbbbbbb…', indent: 7, carets: 6 });
    expect(shown.line.slice(shown.indent, shown.indent + shown.carets)).toBe('FEHLER');
  });

  it('cuts only the end when the error is near the start, only the start when it is near the end', () => {
    const source = `x: ${'y'.repeat(60)}`;
    expect(excerpt(source, 0, 1, 20)).toEqual({ line: 'x: yyyyyyyyyyyyyyyy…', indent: 0, carets: 1 });
    expect(excerpt(source, 62, 63, 20)).toEqual({ line: '…yyyyyyyyyyyyyyyyyyy', indent: 19, carets: 1 });
  });

  it('places the caret past the end of a long line', () => {
    expect(excerpt(`k: ${'v'.repeat(40)}`, 43, 43, 20)).toEqual({ line: '…vvvvvvvvvvvvvvvvvv', indent: 19, carets: 1 });
  });

  it('counts wide characters as two columns and drops one the cut would halve', () => {
    const source = `${'漢'.repeat(30)}X${'字'.repeat(30)}`;
    // X is at column 60; the window 51–70 keeps 漢 from 52 and 字 up to 68, the 字 at 69–70 would be cut.
    const shown = excerpt(source, 30, 31, 20);
    expect(shown).toEqual({ line: '…漢漢漢漢X字字字字…', indent: 9, carets: 1 });
    expect(columns(shown.line)).toBe(19);
    // The caret under a wide character is two columns wide.
    expect(excerpt(source, 31, 32, 19)).toEqual({ line: '…漢漢漢X字字字字字…', indent: 8, carets: 2 });
  });

  it('shows a tab as one column and an escaped control character at its shown width', () => {
    const source = `\t${'a'.repeat(30)}\u001bbZ${'c'.repeat(30)}`;
    const shown = excerpt(source, 33, 34, 20);
    expect(shown).toEqual({ line: '…aaa\\x1bbZccccccccc…', indent: 9, carets: 1 });
    expect(shown.line[shown.indent]).toBe('Z');
    expect(excerpt('\ta: b', 4, 5, 20)).toEqual({ line: ' a: b', indent: 4, carets: 1 });
  });

  it('places a caret past the end of a line that ends in a control character one column beyond it', () => {
    // „a:“ then ESC (shown as four characters, \x1b): the offset after the line's end stands right after what is shown.
    const shown = excerpt('a:\u001b', 4, 5, 40);
    expect(shown).toEqual({ line: 'a:\\x1b', indent: 7, carets: 1 });
  });
});

describe('formatHuman excerpt', () => {
  it('fits the excerpt and its caret into 100 columns', () => {
    const text = `title: ${'Wort '.repeat(40)}falsch ${'Wort '.repeat(40)}\n`;
    const start = 7 + 200;
    const out = formatHuman([
      {
        file: 'a.md',
        text,
        diagnostics: [{ code: 'WK100', severity: 'error', message: 'Test', range: { start: { line: 0, character: start }, end: { line: 0, character: start + 6 } } } as never],
      },
    ]);
    const [, source = '', caret] = out.split('\n');
    expect(source).toBe(`    1 | …t${' Wort'.repeat(8)} falsch${' Wort'.repeat(8)} W…`);
    expect(source.length).toBe(100);
    expect(caret).toBe(`      | ${' '.repeat(43)}^^^^^^`);
    expect(source.slice(8 + 43, 8 + 49)).toBe('falsch');
  });
});
