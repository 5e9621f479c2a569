import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());

describe('decodeText', () => {
  it('reads UTF-8, without its byte order mark', () => {
    expect(decodeText(utf8('---\nkind: instrument\n---\n„Grüße“ – ok\n'))).toEqual({ text: '---\nkind: instrument\n---\n„Grüße“ – ok\n' });
    expect(decodeText(utf8('\ufeffTitel'))).toEqual({ text: 'Titel' });
    expect(decodeText(new Uint8Array())).toEqual({ text: '' });
  });

  it.each([
    ['UTF-16LE with its mark', Uint8Array.from([0xff, 0xfe, ...utf16le('Titel')]), 'UTF-16LE'],
    ['UTF-16BE with its mark', Uint8Array.from([0xfe, 0xff, ...utf16be('Titel')]), 'UTF-16BE'],
    ['UTF-16LE without a mark', utf16le('---\nkind: instrument\n---\nText\n'), 'UTF-16LE'],
    ['UTF-16BE without a mark', utf16be('---\nkind: instrument\n---\nText\n'), 'UTF-16BE'],
  ])('names UTF-16 (%s) and how to convert it', (_name, bytes, order) => {
    expect(decodeText(bytes)).toEqual({ error: expect.stringContaining(`Die Datei ist in ${order} kodiert, nicht in UTF-8`), line: 0, character: 0 });
  });

  it('calls a file with a NUL byte binary, at the NUL’s line and column', () => {
    expect(decodeText(Uint8Array.from([...utf8('eins\nzwö'), 0, 0x89, 0x50]))).toEqual({
      error: 'Die Datei ist keine Textdatei (sie enthält Binärdaten) und wird übersprungen.',
      line: 1,
      character: 3,
    });
    // Only the first 8 KiB are searched: a NUL after them is a character of the text.
    const late = Uint8Array.from([...utf8('a'.repeat(8192)), 0]);
    expect(decodeText(late)).toEqual({ text: `${'a'.repeat(8192)}\u0000` });
  });

  it('names the first byte that is not UTF-8, at its line and column', () => {
    expect(decodeText(Uint8Array.from([...utf8('Titel\nGr'), 0xfc, ...utf8('ße')]))).toEqual({
      error: 'Die Datei ist nicht in UTF-8 kodiert (ungültiges Byte 0xfc). Speichern Sie sie als UTF-8.',
      line: 1,
      character: 2,
    });
  });
});
