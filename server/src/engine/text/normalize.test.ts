import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize';

/** The normalised text and, for the normalised `needle`, the original text it came from and the disguises inside. */
function read(original: string, needle: string) {
  const normalized = normalizeText(original);
  const start = normalized.text.indexOf(needle);
  expect(start).toBeGreaterThanOrEqual(0);
  const [from, to] = normalized.original(start, start + needle.length);
  return { text: normalized.text, source: original.slice(from, to), disguises: normalized.disguisesIn(start, start + needle.length) };
}

describe('normalizeText', () => {
  it('returns a text without disguises as it is, mapped to itself', () => {
    const normalized = normalizeText('Die Ausländerbehörde – 4.005 Menschen, „Servicepoint“ & Team, 50 % mehr.');
    expect(normalized.text).toBe('Die Ausländerbehörde – 4.005 Menschen, „Servicepoint“ & Team, 50 % mehr.');
    expect(normalized.original(4, 20)).toEqual([4, 20]);
    expect(normalized.disguisesIn(0, normalized.text.length)).toEqual([]);
  });

  it.each([
    ['decimal, hexadecimal and named character references', 'x anna&#64;web&period;de y', 'anna@web.de', 'anna&#64;web&period;de', ['reference']],
    ['a hexadecimal reference in upper case', 'anna&#X40;web.de', 'anna@web.de', 'anna&#X40;web.de', ['reference']],
    ['a named reference of a named character', 'anna&commat;web.de', 'anna@web.de', 'anna&commat;web.de', ['reference']],
    ['percent-encoding', 'mailto:anna%40web%2Ede', 'anna@web.de', 'anna%40web%2Ede', ['percent']],
    ['a percent-encoded multi-byte character', 'anna%EF%BC%A0web.de', 'anna@web.de', 'anna%EF%BC%A0web.de', ['percent']],
    ['Markdown escapes', 'anna\\@web\\.de', 'anna@web.de', 'anna\\@web\\.de', ['escape']],
    ['fullwidth forms', 'anna＠ｗｅｂ．ｄｅ', 'anna@web.de', 'anna＠ｗｅｂ．ｄｅ', ['compatibility']],
    ['mathematical letters outside the basic plane', '𝐚𝐧𝐧𝐚@web.de', 'anna@web.de', '𝐚𝐧𝐧𝐚@web.de', ['compatibility']],
    ['no-break and thin spaces, which are typography rather than disguise', '0172\u00a0123\u20094567', '0172 123 4567', '0172\u00a0123\u20094567', []],
    ['zero-width characters inside', 'an\u200bna@\u200dweb\u2060.de', 'anna@web.de', 'an\u200bna@\u200dweb\u2060.de', ['invisible']],
    ['a soft hyphen, a byte order mark and bidi controls', 'an\u00adna@w\ufeffe\u202eb.de', 'anna@web.de', 'an\u00adna@w\ufeffe\u202eb.de', ['invisible']],
    ['a reference to an invisible character', 'anna&#x200B;@web.de', 'anna@web.de', 'anna&#x200B;@web.de', ['reference']],
    ['several kinds at once', 'anna&#64;w\u200beb%2Ede', 'anna@web.de', 'anna&#64;w\u200beb%2Ede', ['reference', 'percent', 'invisible']],
  ])('undoes %s and maps back to exactly the original span', (_name, original, needle, source, disguises) => {
    expect(read(original, needle)).toMatchObject({ source, disguises });
  });

  it('leaves invisible characters just outside a span outside it', () => {
    const original = 'Tel. \u200b0172 1234567\u200b.';
    const { source } = read(original, '0172 1234567');
    expect(source).toBe('0172 1234567');
  });

  it('maps a part of an expanded character to the whole character', () => {
    const normalized = normalizeText('ﬁle');
    expect(normalized.text).toBe('file');
    expect(normalized.original(1, 2)).toEqual([0, 1]);
    expect(normalized.original(2, 4)).toEqual([1, 3]);
  });

  it.each([
    ['an unknown named reference', 'anna&foo;web.de'],
    ['a reference without its semicolon', 'anna&#64web.de'],
    ['a percent sign without two hex digits', '50%ige Steigerung, 100 %'],
    ['an incomplete or invalid percent-encoded character', 'a%C3b %FF %E2%82'],
    ['a backslash before a letter', 'C:\\Programme'],
    ['German letters, quotes and dashes', 'Ärger über „Straße“ – ‚ja‘'],
  ])('keeps %s as it is', (_name, original) => {
    expect(normalizeText(original).text).toBe(original);
  });

  it('decodes a reference the escape protects only as the escaped character', () => {
    expect(normalizeText('\\&#64;').text).toBe('&#64;');
  });

  it('maps every span back to an original whose own normalisation is that span', () => {
    const pieces = ['a', 'Z', '0', '7', '@', '.', ' ', '-', '&#64;', '&commat;', '&#x2E;', '&amp;', '&', '#', ';', '%40', '%2e', '%EF%BC%A0', '%', '4',
      '\\@', '\\', '＠', '０', '𝐚', 'ä', '„', '\u200b', '\u00ad', '\u202e', '\ufeff'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
      const original = parts.join('');
      const normalized = normalizeText(original);
      const length = normalized.text.length;
      const [start, end] = [a % (length + 1), b % (length + 1)].sort((x, y) => x - y) as [number, number];
      const [from, to] = normalized.original(start, end);
      expect(from).toBeLessThanOrEqual(to);
      expect(normalizeText(original.slice(from, to)).text).toBe(normalized.text.slice(start, end));
    }), { numRuns: 2000 });
  });
});
