// Hover against the in-memory fixture toolbox: keys and values (from the schema), referenced ids (from the
// index), links (their target document or heading), and the places where nothing is to be said.
import { describe, expect, it } from 'vitest';
import type { Hover, Position } from 'vscode-languageserver-types';
import { ECK, fixtureText, fixtureToolbox, PLAN, TS } from '../testing/fixtureToolbox';
import { uri, workspace } from '../testing/memoryWorkspace';
import { positionOf, range } from '../testing/positions';

const TS_TEXT = fixtureText(TS);
const SERVICEPOINT_SUMMARY = 'Ein zentraler Schalter nimmt Anliegen entgegen, vergibt Termine und beantwortet einfache Fragen.';
const EFFORT_DESCRIPTION = 'Wie viel Personal, Geld und Abstimmung die Einführung grob verlangt.';
const EFFORT_VALUES = [
  'Niedrig: mit Bordmitteln der Behörde umsetzbar, ohne zusätzliche Mittel.',
  'Mittel: verlangt Abstimmung mit anderen Stellen oder einen kleineren Etat.',
  'Hoch: verlangt Investitionen, Personal oder Entscheidungen der Verwaltungsspitze.',
];
const CRITERIA = {
  'bo-wartezeiten': 'Wartezeiten sind kurz und planbar; Termine sind leicht zu bekommen.',
  'bo-ablaeufe': 'Die Sachbearbeitung arbeitet ohne ständige Unterbrechungen.',
};

const shared = workspace(fixtureToolbox());
const hover = (position: Position, path = TS): Hover | null => shared.service.hover(uri(path), position);
const hoverIn = (text: string, position: Position, path = TS): Hover | null => workspace({ ...fixtureToolbox(), [path]: text }).service.hover(uri(path), position);
const markdown = (value: string) => ({ kind: 'markdown', value });

describe('hover on frontmatter keys and values', () => {
  it('on a key: title, path, description and the allowed values', () => {
    expect(hover(positionOf(TS_TEXT, 'effort', 2))).toEqual({
      contents: markdown(`**Aufwand** (\`effort\`)\n\n${EFFORT_DESCRIPTION}\n\n- \`niedrig\`: ${EFFORT_VALUES[0]}\n- \`mittel\`: ${EFFORT_VALUES[1]}\n- \`hoch\`: ${EFFORT_VALUES[2]}`),
      range: range(11, 0, 11, 6),
    });
  });

  it('on an enum value: the description of that value, over the value — from its first to its last character', () => {
    const expected = { contents: markdown(`**Aufwand** (\`effort\`)\n\n${EFFORT_DESCRIPTION}\n\n\`mittel\`: ${EFFORT_VALUES[1]}`), range: range(11, 8, 11, 14) };
    expect(hover(positionOf(TS_TEXT, 'mittel', 2))).toEqual(expected);
    expect(hover(positionOf(TS_TEXT, 'mittel', 0))).toEqual(expected);
    expect(hover(positionOf(TS_TEXT, 'mittel', 6))).toEqual(expected);
  });

  it('on a list item with an enum: the item schema and the value written there', () => {
    expect(hover(positionOf(TS_TEXT, 'erstorientierung', 3))).toEqual({
      contents: markdown('**Phase** (`phase`)\n\nEine Phase des Zuwanderungsprozesses.\n\n`erstorientierung`: Erstorientierung: Ankommen, erste Behördengänge und Orientierung vor Ort (Erstintegration).'),
      range: range(10, 4, 10, 20),
    });
  });

  it('on a key of a nested mapping: the dotted path without list indices', () => {
    const eck = fixtureText(ECK);
    expect(hover(positionOf(eck, 'text', 2), ECK)).toEqual({
      contents: markdown('**Aussage** (`criteria.text`)\n\nDie Aussage, die die Behörde bewertet, formuliert als erreichter Zustand.'),
      range: range(8, 4, 8, 8),
    });
    const plan = fixtureText(PLAN);
    expect(hover(positionOf(plan, 'owner', 2), PLAN)).toEqual({
      contents: markdown('**Verantwortlich** (`measures.owner`)\n\nWer die Maßnahme verantwortet (Rolle oder Organisationseinheit, keine Privatperson).'),
      range: range(14, 4, 14, 9),
    });
  });

  it('on the document\'s own id: the description of the field, not a reference', () => {
    expect(hover(positionOf(TS_TEXT, 'terminsystem', 2))).toEqual({
      contents: markdown('**Kennung** (`id`)\n\nStabile Kennung des Dokuments: Kleinbuchstaben, Ziffern und Bindestriche, Umlaute umschrieben (ae, oe, ue, ss). Sie ist im ganzen Werkzeugkoffer eindeutig und entspricht dem Dateinamen ohne `.md`. Andere Dokumente verweisen über diese Kennung.'),
      range: range(2, 4, 2, 16),
    });
  });

  it('still answers on a key when the YAML elsewhere in the frontmatter is broken', () => {
    const text = TS_TEXT.replace('title: Terminsystem', 'title: [Terminsystem');
    expect(hoverIn(text, positionOf(text, 'effort', 2))?.range).toEqual(range(11, 0, 11, 6));
  });

  it('on a key the schema does not know: nothing', () => {
    const text = TS_TEXT.replace('effort: mittel', 'aufwand: mittel');
    expect(hoverIn(text, positionOf(text, 'aufwand', 2))).toBeNull();
  });
});

describe('hover on references', () => {
  it('on a referenced id: title, kind and summary of the target', () => {
    expect(hover(positionOf(TS_TEXT, 'servicepoint', 3, 'related:'))).toEqual({
      contents: markdown(`**Servicepoint** · Instrument \`servicepoint\`\n\n${SERVICEPOINT_SUMMARY}`),
      range: range(16, 4, 16, 16),
    });
  });

  it('on a criterion reference: the criterion text and its Eckpunkt', () => {
    expect(hover(positionOf(TS_TEXT, 'bo-ablaeufe', 1))).toEqual({
      contents: markdown(`**Kriterium \`bo-ablaeufe\`** · Eckpunkt Binnenorganisation\n\n${CRITERIA['bo-ablaeufe']}`),
      range: range(8, 4, 8, 15),
    });
  });

  it('on a criterion as the key of a plan assessment, and on its definition in the Eckpunkt', () => {
    const expected = markdown(`**Kriterium \`bo-wartezeiten\`** · Eckpunkt Binnenorganisation\n\n${CRITERIA['bo-wartezeiten']}`);
    expect(hover(positionOf(fixtureText(PLAN), 'bo-wartezeiten', 2), PLAN)).toEqual({ contents: expected, range: range(9, 2, 9, 16) });
    expect(hover(positionOf(fixtureText(ECK), 'bo-wartezeiten', 2), ECK)).toEqual({ contents: expected, range: range(7, 8, 7, 22) });
  });

  it('on an instrument in a plan measure', () => {
    expect(hover(positionOf(fixtureText(PLAN), 'servicepoint', 2), PLAN)).toEqual({
      contents: markdown(`**Servicepoint** · Instrument \`servicepoint\`\n\n${SERVICEPOINT_SUMMARY}`),
      range: range(13, 16, 13, 28),
    });
  });

  it('on an id that resolves to nothing: says so, for a document and for a criterion', () => {
    const text = TS_TEXT.replace('  - servicepoint\nrelated', '  - servicepont\nrelated').replace('bo-ablaeufe', 'bo-gibt-es-nicht');
    const ws = workspace({ ...fixtureToolbox(), [TS]: text });
    expect(ws.service.hover(uri(TS), positionOf(text, 'servicepont', 2))).toEqual({ contents: markdown('**Instrument „servicepont“** – nicht gefunden.'), range: range(14, 4, 14, 15) });
    expect(ws.service.hover(uri(TS), positionOf(text, 'bo-gibt-es-nicht', 2))).toEqual({ contents: markdown('**Kriterium „bo-gibt-es-nicht“** – nicht gefunden.'), range: range(8, 4, 8, 20) });
  });
});

describe('hover on links', () => {
  it('on a link: the target document, or the heading its anchor names', () => {
    expect(hover(positionOf(TS_TEXT, 'servicepoint.md#ziel', 3))).toEqual({ contents: markdown('**Ziel** · Abschnitt in „Servicepoint“'), range: range(44, 57, 44, 93) });
    expect(hover(positionOf(TS_TEXT, 'weimar-servicepoint.md', 3))).toEqual({ contents: markdown('**Weimar: Termine am Servicepoint** · Praxisbeispiel'), range: range(44, 6, 44, 48) });
  });

  it('on a link to a heading of the document itself', () => {
    const text = TS_TEXT.replace('Lange Schlangen am Morgen.', 'Siehe [oben](#ziel).');
    expect(hoverIn(text, positionOf(text, '[oben]', 2))).toEqual({ contents: markdown('**Ziel** · Abschnitt in „Terminsystem“'), range: range(27, 6, 27, 19) });
  });

  it('on a link whose anchor names no heading: the target document', () => {
    const text = TS_TEXT.replace('servicepoint.md#ziel', 'servicepoint.md#gibt-es-nicht');
    expect(hoverIn(text, positionOf(text, '[Servicepoint]', 3))).toEqual({ contents: markdown('**Servicepoint** · Instrument'), range: range(44, 57, 44, 102) });
  });

  it('on a link to a missing file or to the web: nothing', () => {
    const missing = TS_TEXT.replace('servicepoint.md#ziel', 'gibt-es-nicht.md');
    expect(hoverIn(missing, positionOf(missing, '[Servicepoint]', 3))).toBeNull();
    const web = TS_TEXT.replace('servicepoint.md#ziel', 'https://example.org');
    expect(hoverIn(web, positionOf(web, '[Servicepoint]', 3))).toBeNull();
  });
});

describe('hover where nothing is to be said', () => {
  it('on plain body text, a heading, the fence, in an empty document, or for an unknown document: nothing', () => {
    expect(hover(positionOf(TS_TEXT, 'Lange Schlangen', 3))).toBeNull();
    expect(hover(positionOf(TS_TEXT, '## Ziel', 4))).toBeNull();
    expect(hover({ line: 0, character: 1 })).toBeNull();
    expect(hoverIn('', { line: 0, character: 0 })).toBeNull();
    expect(shared.service.hover(uri('instrumente/gibt-es-nicht.md'), { line: 0, character: 0 })).toBeNull();
  });
});
