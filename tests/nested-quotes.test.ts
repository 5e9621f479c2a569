// A title that carries quotation marks (the instrument „Leitbild „Willkommensbehörde““ as its file writes it) is
// typeset with single inner marks wherever the text quotes it: „Leitbild ‚Willkommensbehörde‘“. Checked over
// every file of the handbook (its text and its links, mailto: subjects and bodies decoded), both plan views,
// both Statusberichte, and the messages that quote a title.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addMeasure, buildStatusReport, createLanguageService, renderPlanView, renderStatusReport, type LanguageService } from '../server/src/engine';
import { createHandbook } from '../server/src/engine/handbook';
import { createFileWorkspace, uriOf } from '../server/src/node/fileWorkspace';

const root = join(__dirname, '..', 'toolbox');
const PLANS = ['plan-stadt-musterstadt', 'plan-landkreis-beispielhausen'];
let service: LanguageService;

beforeAll(() => {
  service = createLanguageService({ workspace: createFileWorkspace([root]) });
  service.indexWorkspace();
});

/** The text a reader meets: tags removed, entities and links' percent-encoding decoded, soft hyphens dropped. */
function readable(html: string): string {
  const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => {
    try {
      return decodeURIComponent(m[1]!.replace(/&amp;/g, '&'));
    } catch {
      return m[1]!;
    }
  });
  return `${html.replace(/<[^>]+>/g, '')}\n${hrefs.join('\n')}`.replace(/\u00ad/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** Every „ that opens inside an open „…“: a quotation mark that should have been a single one. */
function nestedDoubleQuotes(text: string): string[] {
  const found: string[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '„') {
      if (open >= 0) found.push(text.slice(Math.max(0, open - 20), i + 40).replace(/\s+/g, ' '));
      open = i;
    } else if (text[i] === '“') open = -1;
  }
  return found;
}

const leitbild = 'Leitbild „Willkommensbehörde“';

describe('titles with quotation marks inside quotes', () => {
  it('the toolbox has such a title (the case these tests are about)', () => {
    expect(service.index.ofKind('instrument').map((i) => i.data!.title)).toContain(leitbild);
  });

  it('no file of the handbook nests „ inside „…“, and the „Frage stellen“ mail quotes the Leitbild with single inner marks', () => {
    const handbook = createHandbook(service.index);
    const nested = handbook.paths().flatMap((path) => nestedDoubleQuotes(readable(handbook.render(path))).map((hit) => `${path}: ${hit}`));
    expect(nested).toEqual([]);
    const page = readable(handbook.render('instrumente/leitbild.html'));
    expect(page).toContain('subject=Frage zum Instrument „Leitbild ‚Willkommensbehörde‘“&body=');
    expect(page).toContain('ich habe eine Frage zum Instrument „Leitbild ‚Willkommensbehörde‘“ des Werkzeugkoffers');
  });

  it.each(PLANS)('the plan view and the Statusbericht of %s nest no „ inside „…“', async (name) => {
    const plan = service.document(uriOf(join(root, 'plaene', `${name}.md`)))!;
    const view = await renderPlanView(plan, service.index, { interactive: true });
    const report = await renderStatusReport(buildStatusReport(plan, service.index, { today: '2028-10-31' }), service.index, { interactive: true });
    expect(readable(view.html)).toContain('Leitbild „Willkommensbehörde“');
    expect(nestedDoubleQuotes(readable(view.html))).toEqual([]);
    expect(nestedDoubleQuotes(readable(report.html))).toEqual([]);
  });

  it('„steht schon im Plan“ quotes the title with single inner marks', () => {
    const text = service.document(uriOf(join(root, 'plaene', 'plan-stadt-musterstadt.md')))!.text;
    expect(() => addMeasure(text, 'leitbild', service.index)).toThrow('„Leitbild ‚Willkommensbehörde‘“ steht schon im Plan.');
  });

  it('the hover of a link to a section of the Leitbild names the document with single inner marks', () => {
    const edited = createLanguageService({ workspace: createFileWorkspace([root]) });
    edited.indexWorkspace();
    const uri = uriOf(join(root, 'instrumente', 'grundkonzept.md'));
    const text = `${edited.document(uri)!.text}\nSiehe [Ziel](leitbild.md#ziel).\n`;
    edited.update(uri, { text });
    const result = edited.hover(uri, edited.document(uri)!.lines.positionAt(text.indexOf('[Ziel]') + 2));
    expect(result?.contents).toEqual({ kind: 'markdown', value: '**Ziel** · Abschnitt in „Leitbild ‚Willkommensbehörde‘“' });
  });
});
