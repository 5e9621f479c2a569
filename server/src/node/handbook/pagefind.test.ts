import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { searchGlob } from './pagefind';

const page = (searchable: boolean, filler = '') => `<!doctype html><html lang="de"><body><main${searchable ? ' data-pagefind-body' : ''}>${filler}<p>Text</p></main></body></html>`;

describe('searchGlob', () => {
  let site: string;
  afterEach(() => rmSync(site, { recursive: true, force: true }));

  const siteWith = (files: Record<string, string>) => {
    site = mkdtempSync(join(tmpdir(), 'wk-search-glob-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(site, path, '..'), { recursive: true });
      writeFileSync(join(site, path), text);
    }
    return site;
  };

  it('names every folder, and of the pages at the top only those with a searchable part', () => {
    siteWith({
      'instrumente/terminvergabe.html': page(true),
      'praxis/index.html': page(true),
      'index.html': page(true),
      'druck.html': page(false, 'x'.repeat(3 * 1024 * 1024)),
      '404.html': page(false),
      'sitemap.xml': '<urlset/>',
    });
    expect(searchGlob(site)).toBe('{index.html,instrumente/**/*.html,praxis/**/*.html}');
  });

  it('finds the mark of a searchable part across two reads of a long page', () => {
    // The file is read a mebibyte at a time: the attribute starts five bytes before the end of the first read.
    const head = '<main ';
    siteWith({ 'lang.html': `${head}${' '.repeat(1024 * 1024 - 5 - head.length)}data-pagefind-body>` });
    expect(searchGlob(site)).toBe('{lang.html}');
  });

  it('falls back to every page when a name would need escaping in a glob, or nothing is searchable', () => {
    siteWith({ 'a{b}.html': page(true), 'index.html': page(true) });
    expect(searchGlob(site)).toBe('**/*.html');
    rmSync(site, { recursive: true, force: true });
    siteWith({ 'druck.html': page(false) });
    expect(searchGlob(site)).toBe('**/*.html');
  });
});
