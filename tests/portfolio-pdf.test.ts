// The portfolio's `--pdf` prints in black and white (issue #21): the PDF the real CLI writes over six offices' plans,
// every page rendered by poppler's pdftoppm, has no coloured pixel. A page printed with a blue text through the
// same Chromium and pdftoppm shows that the check sees colour where there is some.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printToPdf } from '../server/src/node/pdf';
import { cli, ensureChromium, root } from './handbook/browser';
import { AS_OF, writePlans } from './portfolio/fixture';
import { ensurePdfTools } from './setup/debianPackages';

/** How far apart red, green and blue may be for a pixel to count as grey (anti-aliasing stays grey; colour does not). */
const TOLERANCE = 8;
let dir: string;

beforeAll(() => {
  ensureChromium();
  ensurePdfTools();
  dir = mkdtempSync(join(tmpdir(), 'wk-portfolio-pdf-'));
  writePlans(join(dir, 'plaene'));
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Pixmap {
  width: number;
  height: number;
  rgb: Buffer;
}

/** A binary PPM (P6, 8 bits per channel) as pdftoppm writes it. */
function readPpm(file: string): Pixmap {
  const data = readFileSync(file);
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header || header[3] !== '255') throw new Error(`${file}: kein PPM mit 8 Bit je Farbe`);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const rgb = data.subarray(header[0].length);
  expect(rgb.length).toBe(width * height * 3);
  return { width, height, rgb };
}

/** Every page of `pdf` in colour (pdftoppm without -gray), at 60 dpi. */
function pages(pdf: string, name: string): Pixmap[] {
  const prefix = join(dir, name);
  execFileSync('pdftoppm', ['-r', '60', pdf, prefix]);
  return readdirSync(dir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.ppm')).sort().map((f) => readPpm(join(dir, f)));
}

/** The pixels whose channels differ by more than TOLERANCE, with the first of them (page, x, y, rgb) for the message. */
function colouredPixels(maps: Pixmap[]): { count: number; first?: string } {
  let count = 0;
  let first: string | undefined;
  maps.forEach(({ width, rgb }, page) => {
    for (let i = 0; i < rgb.length; i += 3) {
      const [r, g, b] = [rgb[i]!, rgb[i + 1]!, rgb[i + 2]!];
      if (Math.abs(r - g) <= TOLERANCE && Math.abs(g - b) <= TOLERANCE && Math.abs(r - b) <= TOLERANCE) continue;
      count++;
      const pixel = i / 3;
      first ??= `Seite ${page + 1}, x ${pixel % width}, y ${Math.floor(pixel / width)}: rgb(${r}, ${g}, ${b})`;
    }
  });
  return { count, first };
}

describe('werkzeugkoffer portfolio --pdf', () => {
  it('prints in black and white: no page of the PDF has a coloured pixel', () => {
    const result = spawnSync(process.execPath, [cli, 'portfolio', 'plaene', '--toolbox', join(root, 'toolbox'), '--as-of', AS_OF, '--out', 'portfolio.html', '--pdf'], { cwd: dir, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('Portfolio geschrieben: portfolio.html\nPDF geschrieben: portfolio.pdf\n');
    const maps = pages(join(dir, 'portfolio.pdf'), 'portfolio');
    // The cover, the criteria with their charts, the instruments, the Länder: several pages, each with ink on it.
    expect(maps.length).toBeGreaterThan(3);
    for (const map of maps) expect(map.rgb.some((v) => v < 128)).toBe(true);
    expect(colouredPixels(maps)).toEqual({ count: 0, first: undefined });
  }, 180_000);

  it('sees colour where a page has some (the check is not blind)', async () => {
    const html = join(dir, 'farbig.html');
    writeFileSync(html, '<!doctype html><html lang="de"><meta charset="utf-8"><title>Farbe</title><body><p style="color:#0b4f8a;font-size:24pt">Ein blauer Link</p><div style="width:4cm;height:1cm;background:#b00;print-color-adjust:exact"></div></body></html>');
    await printToPdf(html, join(dir, 'farbig.pdf'));
    const { count, first } = colouredPixels(pages(join(dir, 'farbig.pdf'), 'farbig'));
    expect(count).toBeGreaterThan(100);
    expect(first).toMatch(/^Seite 1, /);
  }, 120_000);
});
