// The outline command through the real server process: what the editor's explorer lists, every group with its
// entries (id, title, uri, kind) by title (instruments in their Eckpunkt's order), questions and offers included,
// and a question the editor opens anew.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frage } from '../../server/src/engine/testing/fixtures';
import type { Outline } from '../../server/src/lsp/protocol';
import { startServer, type TestServer } from './harness';
import { captureErrors, serverCommands, stopCleanly } from './util';

/** A question of the engine's fixtures, answered by BAMF, under another id and title. */
const question = (id: string, title: string) =>
  frage(id, '  institution: Bundesamt für Migration und Flüchtlinge\n').replace('title: Wie führt man ein Terminsystem ein?', `title: ${title}`);

const offer = (id: string, title: string) => `---
kind: angebot
id: ${id}
title: ${title}
format: lernevent
provider: Bundesamt für Migration und Flüchtlinge
summary: Treffen der Ausländerbehörden mit dem Bundesamt, bei denen sie Praxisbeispiele erörtern.
instruments: [servicepoint]
sources:
  - title: Eine Quelle des Modellprojekts
---

## Worum es geht

Austausch.
`;

let server: TestServer;
let errors: string[];
beforeAll(async () => {
  server = await startServer({
    prepare(root) {
      mkdirSync(join(root, 'toolbox/fragen'));
      mkdirSync(join(root, 'toolbox/angebote'));
      writeFileSync(join(root, 'toolbox/fragen/frage-termine.md'), question('frage-termine', 'Wie führt man ein Terminsystem ein?'));
      writeFileSync(join(root, 'toolbox/fragen/frage-empfang.md'), question('frage-empfang', 'Was braucht ein Empfang?'));
      writeFileSync(join(root, 'toolbox/angebote/angebot-lernevents.md'), offer('angebot-lernevents', 'Lernevents des Modellprojekts'));
    },
  });
  errors = captureErrors(server);
}, 60_000);
afterAll(() => stopCleanly(server, errors));

const { run } = serverCommands(() => server);
const entry = (path: string, id: string, title: string, kind: string) => ({ id, title, uri: server.uri(`toolbox/${path}`), kind });

describe('the outline command', () => {
  it('lists Eckpunkte with their instruments (in order), cases, sites, plans, questions and offers (by title)', async () => {
    const outline = await run<Outline>('outline');
    expect(outline).toEqual({
      eckpunkte: [{ ...entry('eckpunkte/binnenorganisation.md', 'binnenorganisation', 'Binnenorganisation', 'eckpunkt'), instruments: [
        entry('instrumente/servicepoint.md', 'servicepoint', 'Servicepoint', 'instrument'),
        entry('instrumente/terminsystem.md', 'terminsystem', 'Terminsystem', 'instrument'),
      ] }],
      cases: [entry('praxis/weimar-servicepoint.md', 'weimar-servicepoint', 'Weimar: Termine am Servicepoint', 'case')],
      sites: [],
      plans: [entry('plaene/plan-beispiel.md', 'plan-beispiel', 'Maßnahmenplan Beispielstadt', 'plan')],
      questions: [
        entry('fragen/frage-empfang.md', 'frage-empfang', 'Was braucht ein Empfang?', 'frage'),
        entry('fragen/frage-termine.md', 'frage-termine', 'Wie führt man ein Terminsystem ein?', 'frage'),
      ],
      offers: [entry('angebote/angebot-lernevents.md', 'angebot-lernevents', 'Lernevents des Modellprojekts', 'angebot')],
    });
  });

  it('lists a question the editor opens before it is saved, in its place by title', async () => {
    await server.open('toolbox/fragen/frage-aufnahme.md', question('frage-aufnahme', 'Wer hilft beim Servicepoint?'));
    await server.pushed('toolbox/fragen/frage-aufnahme.md');
    const outline = await run<Outline>('outline');
    expect(outline.questions.map((q) => q.title)).toEqual(['Was braucht ein Empfang?', 'Wer hilft beim Servicepoint?', 'Wie führt man ein Terminsystem ein?']);
    expect(outline.questions[1]).toEqual(entry('fragen/frage-aufnahme.md', 'frage-aufnahme', 'Wer hilft beim Servicepoint?', 'frage'));
  });
});
