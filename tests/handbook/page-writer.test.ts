// The build writes pages while it renders the next ones; what it wrote must be complete, and a failed write
// must fail the build rather than leave a page missing.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { PageWriter } from '../../server/src/node/handbook/site';

const dir = mkdtempSync(join(tmpdir(), 'wk-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('writes every page, in folders it creates, with more pages than writes in flight', async () => {
  const writer = new PageWriter(join(dir, 'ok'));
  for (let i = 0; i < 100; i++) await writer.write(`teil-${i % 3}/seite-${i}.html`, `<p>Seite ${i} – Grüße</p>`);
  await writer.finish();
  expect(readFileSync(join(dir, 'ok', 'teil-1', 'seite-97.html'), 'utf8')).toBe('<p>Seite 97 – Grüße</p>');
  expect(readFileSync(join(dir, 'ok', 'teil-0', 'seite-0.html'), 'utf8')).toBe('<p>Seite 0 – Grüße</p>');
});

it('a write that fails fails the build: the error comes out of finish() (or the next write)', async () => {
  mkdirSync(join(dir, 'kaputt', 'seite.html'), { recursive: true }); // a folder where the page should go
  const writer = new PageWriter(join(dir, 'kaputt'));
  await writer.write('seite.html', '<p>x</p>');
  await expect(writer.finish()).rejects.toMatchObject({ code: 'EISDIR' });
});
