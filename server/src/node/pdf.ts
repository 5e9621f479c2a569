// Printing HTML to PDF with a headless Chromium found on the PATH (Debian's `chromium`), used by the
// handbook's print edition and the plan export. Nothing is downloaded: without Chromium, a clear message.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { PDFDict as PdfDictionary } from 'pdf-lib';
import { writeFileAtomic } from './atomicWrite';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export class ChromiumMissingError extends Error {
  constructor() {
    super('Für die PDF-Ausgabe wird Chromium gebraucht, es wurde aber nicht gefunden. Installieren Sie es (Debian/Ubuntu: „apt-get install chromium“) oder nennen Sie den Pfad in der Umgebungsvariable WERKZEUGKOFFER_CHROMIUM.');
  }
}

/** The Chromium executable: `WERKZEUGKOFFER_CHROMIUM`, else the first candidate on the PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const explicit = env.WERKZEUGKOFFER_CHROMIUM;
  if (explicit) return existsSync(explicit) ? explicit : undefined;
  for (const directory of (env.PATH ?? '').split(delimiter)) {
    for (const name of CANDIDATES) {
      const candidate = join(directory, name);
      try {
        accessSync(candidate, constants.X_OK);
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/** An ActualText of a page's content as Chromium writes it: UTF-16BE in hex, behind a byte order mark. */
const ACTUAL_TEXT = /\/ActualText <FEFF((?:[0-9A-Fa-f]{4})*)>/g;

/** `content` with every U+00AD taken out of its ActualText spans; the same string when there is none. */
export function withoutSoftHyphenText(content: string): string {
  return content.replace(ACTUAL_TEXT, (whole, units: string) => {
    const kept = units.match(/.{4}/g)?.filter((unit) => unit.toUpperCase() !== '00AD') ?? [];
    if (kept.length * 4 === units.length) return whole;
    return kept.length ? `/ActualText <FEFF${kept.join('')}>` : '/ActualText ()';
  });
}

/** The flags that keep Chromium quiet and offline on these machines. */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/**
 * Prints an HTML file to PDF with a document outline from its headings, its text layer without the soft hyphens
 * of the HTML (so that the PDF's text can be searched and copied as words). Throws ChromiumMissingError without
 * Chromium.
 */
export async function printToPdf(htmlFile: string, pdfFile: string, options: { timeoutMs?: number } = {}): Promise<void> {
  printWithChromium(htmlFile, pdfFile, options);
  await dropSoftHyphenText(pdfFile);
}

function printWithChromium(htmlFile: string, pdfFile: string, options: { timeoutMs?: number }): void {
  const chromium = findChromium();
  if (!chromium) throw new ChromiumMissingError();
  const profile = mkdtempSync(join(tmpdir(), 'wk-chromium-'));
  try {
    const result = spawnSync(
      chromium,
      [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, '--no-pdf-header-footer', '--generate-pdf-document-outline', `--print-to-pdf=${pdfFile}`, pathToFileURL(htmlFile).href],
      { encoding: 'utf8', timeout: options.timeoutMs ?? 120_000 },
    );
    if (result.error) throw new Error(`Chromium konnte nicht gestartet werden: ${result.error.message}`);
    if (!existsSync(pdfFile) || statSync(pdfFile).size === 0) {
      throw new Error(`Chromium hat kein PDF erzeugt (Exit-Code ${result.status}). ${result.stderr.split('\n').filter(Boolean).slice(-3).join(' ')}`);
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Prints a page whose contents list page numbers: a first print tells on which page each heading landed (from the
 * PDF's outline), `render` writes the page again with those numbers, and the second print is the one kept. The
 * numbers stand on the lines the contents already have, so they do not move what they count.
 */
export async function printWithPageNumbers(htmlFile: string, pdfFile: string, render: (pages: ReadonlyMap<string, number>) => Promise<string>): Promise<void> {
  printWithChromium(htmlFile, pdfFile, {});
  const pages = await outlinePages(pdfFile);
  if (pages.size) {
    writeFileAtomic(htmlFile, await render(pages));
    printWithChromium(htmlFile, pdfFile, {});
  }
  await dropSoftHyphenText(pdfFile);
}

/**
 * Chromium draws an unbroken soft hyphen as an empty glyph in a span whose ActualText is U+00AD, so a reader
 * copying „Ausländerbehörde“ would get „Aus\u00adlän\u00adder…“ and a search for the word would miss it. The
 * spans get an empty ActualText; the hyphen Chromium draws where it breaks a word stays.
 */
async function dropSoftHyphenText(pdfFile: string): Promise<void> {
  const { PDFDocument, PDFArray, PDFName, PDFRawStream, PDFRef, decodePDFRawStream } = await import('pdf-lib');
  const document = await PDFDocument.load(readFileSync(pdfFile), { updateMetadata: false });
  let changed = false;
  for (const page of document.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const resolved = contents instanceof PDFRef ? document.context.lookup(contents) : contents;
    const refs = resolved instanceof PDFArray ? resolved.asArray() : [contents];
    for (const ref of refs) {
      const stream = ref instanceof PDFRef ? document.context.lookup(ref) : undefined;
      if (!(ref instanceof PDFRef) || !(stream instanceof PDFRawStream)) continue;
      const text = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
      const cleaned = withoutSoftHyphenText(text);
      if (cleaned === text) continue;
      document.context.assign(ref, document.context.flateStream(Buffer.from(cleaned, 'latin1')));
      changed = true;
    }
  }
  if (changed) writeFileAtomic(pdfFile, await document.save());
}

/** The page (from 1) of each entry of a PDF's outline, by its title; the first entry of a title counts. */
export async function outlinePages(pdfFile: string): Promise<Map<string, number>> {
  const { PDFDocument, PDFName, PDFDict, PDFArray, PDFRef } = await import('pdf-lib');
  const document = await PDFDocument.load(readFileSync(pdfFile), { updateMetadata: false });
  const pageOf = new Map(document.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const pages = new Map<string, number>();
  const seen = new Set<PdfDictionary>();
  const visit = (parent: PdfDictionary) => {
    for (let item = parent.lookupMaybe(PDFName.of('First'), PDFDict); item && !seen.has(item); item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      seen.add(item);
      const title = item.get(PDFName.of('Title'));
      const destination = item.lookupMaybe(PDFName.of('Dest'), PDFArray) ?? item.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('D'), PDFArray);
      const target = destination?.get(0);
      const page = target instanceof PDFRef ? pageOf.get(target.toString()) : undefined;
      if (title && 'decodeText' in title && page !== undefined) {
        const text = (title as { decodeText(): string }).decodeText().replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
        if (!pages.has(text)) pages.set(text, page);
      }
      visit(item);
    }
  };
  const outline = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (outline) visit(outline);
  return pages;
}
