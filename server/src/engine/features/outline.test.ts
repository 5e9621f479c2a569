// The outline the editor's explorer shows: every kind it lists, each entry with id, title, uri and kind, by title.
import { describe, expect, it } from 'vitest';
import { caseDocument, eckpunkt, frage, instrument, site } from '../testing/fixtures';
import { uri, workspace } from '../testing/memoryWorkspace';
import { toolboxOutline } from './outline';

const offer = (id: string, title: string) => `---\nkind: angebot\nid: ${id}\ntitle: ${title}\n---\n\n## Worum es geht\n\nText.\n`;

describe('toolboxOutline', () => {
  it('lists the questions and the offers beside cases, sites and plans, each by title', () => {
    const ws = workspace({
      'eckpunkte/binnenorganisation.md': eckpunkt(),
      'instrumente/terminsystem.md': instrument(),
      'praxis/weimar-servicepoint.md': caseDocument(),
      'standorte/weimar.md': site(),
      'fragen/frage-weimar-termine.md': frage(),
      'fragen/frage-aufnahme.md': frage('frage-aufnahme').replace('title: Wie führt man ein Terminsystem ein?', 'title: Was braucht ein Servicepoint?'),
      'angebote/angebot-lernevents.md': offer('angebot-lernevents', 'Lernevents des Modellprojekts'),
      'angebote/angebot-fachveranstaltung.md': offer('angebot-fachveranstaltung', 'Fachveranstaltung „Führung und Motivation“'),
    });
    const outline = toolboxOutline(ws.service.index);
    expect(outline.questions).toEqual([
      { id: 'frage-aufnahme', title: 'Was braucht ein Servicepoint?', uri: uri('fragen/frage-aufnahme.md'), kind: 'frage' },
      { id: 'frage-weimar-termine', title: 'Wie führt man ein Terminsystem ein?', uri: uri('fragen/frage-weimar-termine.md'), kind: 'frage' },
    ]);
    expect(outline.offers).toEqual([
      { id: 'angebot-fachveranstaltung', title: 'Fachveranstaltung „Führung und Motivation“', uri: uri('angebote/angebot-fachveranstaltung.md'), kind: 'angebot' },
      { id: 'angebot-lernevents', title: 'Lernevents des Modellprojekts', uri: uri('angebote/angebot-lernevents.md'), kind: 'angebot' },
    ]);
    expect(outline.cases.map((e) => e.kind)).toEqual(['case']);
    expect(outline.sites.map((e) => e.kind)).toEqual(['site']);
    expect(outline.plans).toEqual([]);
  });

  it('has empty lists where the toolbox has no question and no offer', () => {
    const outline = toolboxOutline(workspace({ 'instrumente/terminsystem.md': instrument() }).service.index);
    expect([outline.questions, outline.offers]).toEqual([[], []]);
  });
});
