// Relative links between the handbook's pages.
import { describe, expect, it } from 'vitest';
import { relativeUrl } from './routes';

/** The segment-wise definition: up out of the folders of `from` not shared with the folders of `to`, then down. */
function bySegments(from: string, to: string): string {
  const fromFolders = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromFolders.length && common < toParts.length - 1 && fromFolders[common] === toParts[common]) common++;
  return `${'../'.repeat(fromFolders.length - common)}${toParts.slice(common).join('/')}` || './';
}

describe('a relative URL between two pages', () => {
  it('goes up out of the folders the target does not share, then down', () => {
    expect(relativeUrl('index.html', 'instrumente/a.html')).toBe('instrumente/a.html');
    expect(relativeUrl('instrumente/a.html', 'instrumente/b.html')).toBe('b.html');
    expect(relativeUrl('instrumente/a.html', 'index.html')).toBe('../index.html');
    expect(relativeUrl('instrumente/a.html', 'praxis/fall.html')).toBe('../praxis/fall.html');
    expect(relativeUrl('instrumente/a.html', 'instrumente/')).toBe('./');
    expect(relativeUrl('instrumente/a.html', '')).toBe('../');
    expect(relativeUrl('index.html', '')).toBe('./');
  });

  it('shares only whole folders: „praxis“ is no part of „praxisfall“, nor a page name a folder', () => {
    expect(relativeUrl('praxis/a.html', 'praxisfall/b.html')).toBe('../praxisfall/b.html');
    expect(relativeUrl('praxis/a.html', 'praxis/a.html/b')).toBe('a.html/b');
    expect(relativeUrl('a/b/c.html', 'a/bc/d.html')).toBe('../bc/d.html');
  });

  it('is the segment-wise one for any two paths, empty folders and all', () => {
    const pieces = ['a', 'b', 'ab', '', 'a.html', 'ä'];
    let seed = 3;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const path = () => Array.from({ length: 1 + (next() % 4) }, () => pieces[next() % pieces.length]).join('/');
    for (let n = 0; n < 5000; n++) {
      const [from, to] = [path(), path()];
      expect(relativeUrl(from, to), `${from} → ${to}`).toBe(bySegments(from, to));
    }
  });
});
