// The intake's detector of personal data (engine/exchange/personalData.ts) over the real toolbox: 25 instruments,
// the cases, the sites, the questions and their answers are the ordinary language an incoming question is written
// in. It finds no name, date of birth, number or IBAN in any of them, only the published contacts of institutions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLanguageService, type LanguageService } from '../server/src/engine';
import { findPersonalData } from '../server/src/engine/exchange/personalData';
import { createFileWorkspace } from '../server/src/node/fileWorkspace';

const toolbox = join(__dirname, '..', 'toolbox');
let service: LanguageService;

beforeAll(() => {
  service = createLanguageService({ workspace: createFileWorkspace([toolbox]) });
  service.indexWorkspace();
});

describe('the intake’s detector over the real toolbox', () => {
  it('finds only the institutions’ published contacts: the Impressum’s address and the function mailboxes', () => {
    const found = service.uris().flatMap((uri) => {
      const path = uri.split('/toolbox/')[1]!;
      const text = readFileSync(join(toolbox, path), 'utf8');
      return findPersonalData(text).map((d) => `${path} ${d.kind} ${text.slice(d.start, d.end)}`);
    });
    expect(found.length).toBeGreaterThan(10);
    const notContacts = found.filter((f) => !/ (email info@bamf\.bund\.de|address Frankenstraße 210|address 90461 Nürnberg)$/.test(f));
    expect(notContacts).toEqual([]);
    expect(found.filter((f) => f.includes(' address ')).map((f) => f.split(' ')[0])).toEqual(['seiten/impressum.md', 'seiten/impressum.md']);
  });

  it('finds nothing in the instruments’ titles and summaries, the questions asked and their titles', () => {
    const texts = [...service.index.all()].flatMap((d) => [d.data?.title, d.data?.summary, d.data?.question]).filter((t): t is string => typeof t === 'string');
    expect(texts.length).toBeGreaterThan(60);
    expect(texts.filter((t) => findPersonalData(t).length > 0)).toEqual([]);
  });
});
