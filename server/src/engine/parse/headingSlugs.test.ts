import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { xorshift } from '../testing/random';
import { HeadingSlugs } from './headingSlugs';

/** The anchors both sluggers give the same headings, in order. */
function both(texts: string[]): { ours: string[]; library: string[] } {
  const ours = new HeadingSlugs();
  const library = new GithubSlugger();
  return { ours: texts.map((t) => ours.slug(t)), library: texts.map((t) => library.slug(t)) };
}

describe('heading anchors', () => {
  it('numbers repeated anchors as github-slugger does, also where a numbered one was a heading of its own', () => {
    const texts = ['Ziele', 'Ziele', 'Ziele-1', 'Ziele', 'ziele 2', 'Ziele', '', '', 'Ä Ö Ü', 'ä-ö-ü'];
    const { ours, library } = both(texts);
    expect(ours).toEqual(library);
    expect(ours.slice(0, 6)).toEqual(['ziele', 'ziele-1', 'ziele-1-1', 'ziele-2', 'ziele-2-1', 'ziele-3']);
  });

  it('gives github-slugger’s anchor for headings of letters, punctuation, symbols and other scripts', () => {
    const alphabet = [...' -_azAZ09äöüÄÖÜßéÈøØÿ×÷!"#$%&\'()*+,./:;<=>?@[\\]^`{|}~§°€…„“–—\u00a0\u200bİıſµªºǅ😀あ한\u0301'];
    const random = xorshift(18);
    const texts = Array.from({ length: 20_000 }, () => Array.from({ length: 1 + random(12) }, () => alphabet[random(alphabet.length)]).join(''));
    const { ours, library } = both(texts);
    expect(ours).toEqual(library);
  });
});
