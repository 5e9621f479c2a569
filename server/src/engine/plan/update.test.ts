import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { assessment, toolbox } from '../testing/planToolbox';
import { buildPlan } from './builder';
import { planDocumentText } from './document';
import type { Assessment, PlanData } from './model';
import { PlanUpdateError, updatePlan } from './update';

function frontmatter(text: string): PlanData {
  return parseDocument(text.split(/^---$/m)[1]!).toJS() as PlanData;
}

describe('updatePlan: re-generation keeps every edit the consultant made', () => {
  const ws = toolbox();
  const { plan } = buildPlan({ agency: { name: 'Ausländerbehörde Teststadt', bundesland: 'Hessen' }, assessed: '2026-11-20', assessment, start: '2027-01', capacity: 2 }, ws.service.index);
  const generated = planDocumentText(plan);

  // The consultant edits the plan by hand.
  const edited = generated
    .replace(/(- instrument: beta\n {4}owner:) Leitung der Ausländerbehörde/, '$1 Sachgebietsleitung Service') // owner of beta
    .replace(/(- instrument: delta\n(?: {4}.*\n)*? {4}due:) 2027-05/, '$1 2027-07') // due of delta
    .replace(/(- instrument: epsilon\n(?: {4}.*\n)*? {4}status: geplant\n)/, '$1    note: Mit dem Personalrat besprochen.\n') // note on epsilon
    .replace(/ {2}- instrument: alpha\n(?: {4}.*\n| {6}.*\n)*/, '') // alpha removed by hand
    .replace(/^measures:\n/m, 'measures:\n  - instrument: zeta\n    owner: Team Öffentlichkeitsarbeit\n    start: 2027-02\n    due: 2027-04\n    status: laufend\n    origin: manuell\n') // zeta added by hand
    .replace('## Nächste Schritte', '## Nächste Schritte\n\nTermin mit der Amtsleitung am 3. Februar.');

  it('the hand edits are what the test assumes', () => {
    const data = frontmatter(edited);
    expect(data.measures.find((m) => m.instrument === 'beta')!.owner).toBe('Sachgebietsleitung Service');
    expect(data.measures.find((m) => m.instrument === 'delta')!.due).toBe('2027-07');
    expect(data.measures.find((m) => m.instrument === 'epsilon')!.note).toBe('Mit dem Personalrat besprochen.');
    expect(data.measures.some((m) => m.instrument === 'alpha')).toBe(false);
    expect(data.measures[0]).toMatchObject({ instrument: 'zeta', origin: 'manuell' });
  });

  // The assessment changes: k-a is now fine, k-d is scored (zeta and gamma get a need), k-b is worse.
  const next: Assessment = {
    'k-a': { status: 5, relevance: 5 },
    'k-b': { status: 1, relevance: 5 },
    'k-c': { status: 3, relevance: 5 },
    'k-d': { status: 1, relevance: 4 },
  };
  const result = updatePlan(edited, next, ws.service.index, { assessed: '2027-06-01' });
  const after = frontmatter(result.text);

  it('keeps owners, dates, notes, hand-added and hand-removed measures, and the body text', () => {
    expect(after.measures.find((m) => m.instrument === 'beta')!.owner).toBe('Sachgebietsleitung Service');
    expect(after.measures.find((m) => m.instrument === 'delta')!.due).toBe('2027-07');
    expect(after.measures.find((m) => m.instrument === 'epsilon')!.note).toBe('Mit dem Personalrat besprochen.');
    expect(after.measures.some((m) => m.instrument === 'alpha')).toBe(false);
    expect(after.measures.find((m) => m.instrument === 'zeta')).toEqual({ instrument: 'zeta', owner: 'Team Öffentlichkeitsarbeit', start: '2027-02', due: '2027-04', status: 'laufend', origin: 'manuell' });
    expect(result.text.slice(result.text.indexOf('\n---\n'))).toBe(edited.slice(edited.indexOf('\n---\n')));
    expect(result.text).toContain('Termin mit der Amtsleitung am 3. Februar.');
  });

  it('records the new assessment and date, and follows the new proposal where nothing was edited', () => {
    expect(after.assessment['k-d']).toEqual({ status: 1, relevance: 4 });
    expect(after.assessed).toBe('2027-06-01');
    const beta = after.measures.find((m) => m.instrument === 'beta')!;
    expect(beta.reason).toContain('Bedarf 30');
    expect(beta.indicator).toEqual({ text: 'Der Stand des Kriteriums steigt bis zur nächsten Standortbestimmung um mindestens eine Stufe (bisher 1).', criterion: 'k-b', target: 2 });
  });

  it('says what changed, for review, in German: criteria by statement, instruments by title, fields and months by name', () => {
    const texts = result.changes.map((c) => c.text);
    expect(texts.join('\n')).not.toMatch(/\b(reason|indicator|start|due|milestones)\b|\d{4}-\d{2}|„[a-z]+(-[a-z]+)*“/);
    expect(texts[0]).toBe('Bewertung geändert bei 3 Kriterien: „Kriterium A der Checkliste mit genug Text.“, „Kriterium B der Checkliste mit genug Text.“, „Kriterium D der Checkliste mit genug Text.“.');
    expect(texts.some((t) => t.startsWith('„Instrument EPSILON“ wird nach der neuen Bewertung nicht mehr vorgeschlagen'))).toBe(true);
    expect(texts.some((t) => t.startsWith('„Instrument ALPHA“'))).toBe(false);
  });

  it('does not propose again what the consultant removed, nor touch manual measures', () => {
    expect(after.measures.filter((m) => m.instrument === 'zeta')).toHaveLength(1);
    expect(after.measures.filter((m) => m.instrument === 'alpha')).toHaveLength(0);
  });

  it('proposes instruments that gained a need as additions', () => {
    const ws2 = toolbox({ 'instrumente/eta.md': toolbox().files.get('file:///ws/toolbox/instrumente/zeta.md')!.replace(/zeta/g, 'eta').replace('addresses: [k-d]', 'addresses: [k-d]') });
    const plain = updatePlan(generated, next, ws2.service.index);
    const added = frontmatter(plain.text).measures.filter((m) => m.instrument === 'eta' || m.instrument === 'zeta');
    expect(added.map((m) => m.instrument).sort()).toEqual(['eta', 'zeta']);
    expect(added.every((m) => m.origin === 'vorschlag')).toBe(true);
    expect(plain.changes.some((c) => c.text.startsWith('„Instrument ZETA“ neu vorgeschlagen'))).toBe(true);
  });

  it('changes nothing when the assessment is unchanged', () => {
    expect(updatePlan(generated, assessment, ws.service.index).text).toBe(generated);
  });
});

describe('updatePlan: everything it does not change stays byte for byte', () => {
  const ws = toolbox();
  const { plan } = buildPlan({ agency: { name: 'Ausländerbehörde Teststadt', bundesland: 'Hessen' }, assessed: '2026-11-20', assessment, start: '2027-01', capacity: 2 }, ws.service.index);
  // The consultant adds comments around the assessment, quotes a title in single quotes and edits a note.
  const edited = planDocumentText(plan)
    .replace(/^title: (.*)$/m, "title: '$1'")
    .replace(/^assessment:\n/m, '# Stand der Standortbestimmung vom November\nassessment: # Skala 1 bis 5\n  # Kriterium A zuerst\n')
    .replace(/^( {2}k-b: \{[^}]*?)( \})$/m, '$1, note: "Im Plan nachgetragen." }$2'.replace('$2', '') + ' # geprüft')
    .replace(/^measures:\n/m, '# Maßnahmen\nmeasures:\n')
    .replace(/^ {2}(name|bundesland):/gm, '    $1:') // indented by four
    .replace(/^ {2}k-c: \{ status: (\d), relevance: (\d) \}$/m, '  k-c: {status: $1,relevance: $2}');
  const next: Assessment = { ...assessment, 'k-a': { status: 5, relevance: 5 }, 'k-b': { ...assessment['k-b']!, note: 'Notiz aus der Bewertungsdatei.' } };

  const changedLines = (before: string, after: string) => {
    const a = before.split('\n');
    const b = after.split('\n');
    return { removed: a.filter((line) => !b.includes(line)), added: b.filter((line) => !a.includes(line)) };
  };

  it('keeps comments, quoting and order; changes only the lines of what changed', () => {
    const result = updatePlan(edited, next, ws.service.index, { assessed: '2027-06-01' });
    expect(result.text).toContain('# Stand der Standortbestimmung vom November\nassessment: # Skala 1 bis 5\n  # Kriterium A zuerst\n');
    expect(result.text).toContain('# Maßnahmen\nmeasures:\n');
    expect(result.text).toMatch(/^title: '.*'$/m);
    expect(result.text).toContain('agency:\n    name: Ausländerbehörde Teststadt\n    bundesland: Hessen\n');
    expect(result.text).toMatch(/^ {2}k-c: \{status: \d,relevance: \d\}$/m);
    const { removed, added } = changedLines(edited, result.text);
    expect(removed.some((line) => line.startsWith('  k-a:'))).toBe(true);
    expect(added).toContain('  k-a: { status: 5, relevance: 5 }');
    expect(added).toContain('assessed: 2027-06-01');
    expect(removed.every((line) => /^ {2}k-a:|^assessed:|^ {4}(reason|indicator|start|due|owner|resources):|^ {6}- /.test(line))).toBe(true);
  });

  it('keeps the note the consultant edited in the plan, and says that the file has another', () => {
    const result = updatePlan(edited, next, ws.service.index);
    expect(frontmatter(result.text).assessment['k-b']!.note).toBe('Im Plan nachgetragen.');
    expect(result.text).toMatch(/^ {2}k-b: \{.*note: "Im Plan nachgetragen\." \} # geprüft$/m);
    expect(result.changes.map((c) => c.text)).toContain('„Kriterium B der Checkliste mit genug Text.“: Die Notiz im Plan bleibt; die Bewertungsdatei hat eine andere („Notiz aus der Bewertungsdatei.“).');
  });

  it('writes a CRLF plan with CRLF line endings only', () => {
    const crlf = edited.replace(/\n/g, '\r\n');
    const result = updatePlan(crlf, next, ws.service.index, { assessed: '2027-06-01' });
    expect(result.text).not.toBe(crlf);
    expect(result.text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(result.text.replace(/\r\n/g, '\n')).toBe(updatePlan(edited, next, ws.service.index, { assessed: '2027-06-01' }).text);
  });

  it('malformed measure items give a located message, not a TypeError', () => {
    for (const item of ['  - 42\n', '  - null\n', '  - [a, b]\n', '  - { owner: Niemand }\n', '  - { instrument: 7 }\n']) {
      const broken = edited.replace(/^measures:\n/m, `measures:\n${item}`);
      const line = broken.split('\n').indexOf(item.trimEnd()) + 1;
      expect(() => updatePlan(broken, next, ws.service.index)).toThrow(new PlanUpdateError(`Zeile ${line}: Die 1. Maßnahme ist kein Eintrag mit „instrument: …“; der Plan wird nicht aktualisiert.`));
    }
  });
});

describe('updatePlan: the schedule after a later Standortbestimmung', () => {
  const ws = toolbox();
  const { plan } = buildPlan({ agency: { name: 'Ausländerbehörde Teststadt', bundesland: 'Hessen' }, assessed: '2026-11-20', assessment, start: '2027-01', capacity: 2 }, ws.service.index);
  const generated = planDocumentText(plan);
  const before = frontmatter(generated).measures;
  const startOf = (data: PlanData, id: string) => data.measures.find((m) => m.instrument === id)!;
  const first = before[0]!;
  const late = before.find((m) => m.start > first.start)!;
  /** The generated plan with the first measure's own status set to `status`. */
  const withFirstStatus = (status: string) => generated.replace(new RegExp(`(- instrument: ${first.instrument}\\n(?: {4}.*\\n| {6}.*\\n)*? {4}status:) geplant`), `$1 ${status}`);
  const monthsBetween = (a: string, b: string) => (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));

  it('moves a measure still as proposed so that it starts in the month of the new assessment, keeping its length', () => {
    const result = updatePlan(generated, assessment, ws.service.index, { assessed: `${late.start}-10` });
    const moved = startOf(frontmatter(result.text), first.instrument);
    expect(moved.start).toBe(late.start);
    expect(monthsBetween(moved.start, moved.due)).toBe(monthsBetween(first.start, first.due));
    expect(result.changes.some((c) => c.instrument === first.instrument && /beginnt nicht vor der neuen Standortbestimmung: neu eingeplant .+ bis .+ \(vorher .+\)\.$/.test(c.text))).toBe(true);
    expect(frontmatter(result.text).measures.every((m) => m.start >= late.start)).toBe(true);
  });

  it('leaves a running measure where it is, whether its status or its latest update says so', () => {
    const byStatus = withFirstStatus('laufend');
    const byUpdate = generated.replace(new RegExp(`(- instrument: ${first.instrument}\\n(?: {4}.*\\n| {6}.*\\n)*? {4}status: geplant\\n)`), `$1    updates:\n      - { date: ${first.start}-05, status: laufend, note: Begonnen. }\n`);
    for (const text of [byStatus, byUpdate]) {
      expect(text).not.toBe(generated);
      const kept = startOf(frontmatter(updatePlan(text, assessment, ws.service.index, { assessed: `${late.start}-10` }).text), first.instrument);
      expect([kept.start, kept.due]).toEqual([first.start, first.due]);
    }
  });

  it('plans what follows the proposal again from the new assessment month, milestones with it, within the capacity around what runs', () => {
    const running = withFirstStatus('laufend');
    expect(running).not.toBe(generated);
    const after = frontmatter(updatePlan(running, assessment, ws.service.index, { assessed: `${late.start}-10` }).text).measures;
    const kept = startOf({ measures: after } as PlanData, first.instrument);
    expect([kept.start, kept.due]).toEqual([first.start, first.due]);
    for (const m of after.filter((m) => m.instrument !== first.instrument)) {
      expect(m.start >= late.start, `${m.instrument} beginnt ${m.start}`).toBe(true);
      // A milestone moves with its measure: none lies before the new Standortbestimmung or outside the measure.
      for (const milestone of m.milestones ?? []) {
        const due = milestone.due ?? '';
        expect(due >= m.start && due <= m.due, `${m.instrument}: ${milestone.text} ${due}`).toBe(true);
      }
    }
    // At most two at once (the plan's capacity), the running measure counted.
    const months = [...new Set(after.flatMap((m) => [m.start, m.due]))].sort();
    for (const month of months) expect(after.filter((m) => m.start <= month && month <= m.due).length, month).toBeLessThanOrEqual(2);
  });

  it('leaves a finished measure where it is, and lets the others use its months', () => {
    const done = withFirstStatus('abgeschlossen');
    expect(done).not.toBe(generated);
    const after = frontmatter(updatePlan(done, assessment, ws.service.index, { assessed: `${late.start}-10` }).text).measures;
    const kept = startOf({ measures: after } as PlanData, first.instrument);
    expect([kept.start, kept.due]).toEqual([first.start, first.due]);
  });

  it('does not move dates the consultant set by hand, even when they lie before the new assessment', () => {
    const edited = generated.replace(new RegExp(`(- instrument: ${first.instrument}\\n(?: {4}.*\\n| {6}.*\\n)*? {4}due:) ${first.due}`), `$1 ${late.due}`);
    expect(edited).not.toBe(generated);
    const kept = startOf(frontmatter(updatePlan(edited, assessment, ws.service.index, { assessed: `${late.start}-10` }).text), first.instrument);
    expect([kept.start, kept.due]).toEqual([first.start, late.due]);
  });
});

describe('updatePlan: a new Standortbestimmung keeps the previous one', () => {
  const ws = toolbox();
  const { plan } = buildPlan({ agency: { name: 'Ausländerbehörde Teststadt', bundesland: 'Hessen' }, assessed: '2026-11-20', assessment, start: '2027-01', capacity: 2 }, ws.service.index);
  const generated = planDocumentText(plan).replace('assessment:\n', 'assessment: # Erste Runde mit der Amtsleitung\n');
  const next: Assessment = { ...assessment, 'k-a': { status: 5, relevance: 5 } };
  const section = (text: string) => text.slice(text.indexOf('assessment:'), text.indexOf('measures:'));

  it('moves the previous date and scores into earlier_assessments, right after the assessment, comments kept', () => {
    const result = updatePlan(generated, next, ws.service.index, { assessed: '2028-11-02' });
    const data = frontmatter(result.text) as PlanData & { earlier_assessments: { assessed: string; assessment: Assessment }[] };
    expect(data.assessed).toBe('2028-11-02');
    expect(data.earlier_assessments).toEqual([{ assessed: '2026-11-20', assessment: frontmatter(generated).assessment }]);
    expect(section(result.text)).toMatch(/^assessment: # Erste Runde mit der Amtsleitung\n(?: {2}k-.*\n){4}earlier_assessments:\n {2}- assessed: 2026-11-20\n {4}assessment:\n {6}# Erste Runde mit der Amtsleitung\n(?: {6}k-.*\n){4}$/);
    // What lies before the assessment stays byte for byte but the date, and so does the body.
    const head = (text: string) => text.slice(0, text.indexOf('assessment:'));
    const body = (text: string) => text.slice(text.indexOf('\n---\n'));
    expect(head(result.text)).toBe(head(generated).replace('assessed: 2026-11-20', 'assessed: 2028-11-02'));
    expect(body(result.text)).toBe(body(generated));
    expect(result.changes.map((c) => c.text)).toContain('Die bisherige Standortbestimmung vom 20. November 2026 bleibt unter „earlier_assessments“ erhalten.');
  });

  it('appends to the history on the next Standortbestimmung, oldest first', () => {
    const second = updatePlan(generated, next, ws.service.index, { assessed: '2028-11-02' }).text;
    const third = updatePlan(second, assessment, ws.service.index, { assessed: '2030-10-15' });
    const data = frontmatter(third.text) as PlanData & { earlier_assessments: { assessed: string }[] };
    expect(data.earlier_assessments.map((e) => e.assessed)).toEqual(['2026-11-20', '2028-11-02']);
    expect(data.assessed).toBe('2030-10-15');
  });

  it('moves nothing without a new date, and refuses a date the history holds or one before the current', () => {
    expect(frontmatter(updatePlan(generated, next, ws.service.index).text)).not.toHaveProperty('earlier_assessments');
    expect(frontmatter(updatePlan(generated, next, ws.service.index, { assessed: '2026-11-20' }).text)).not.toHaveProperty('earlier_assessments');
    const second = updatePlan(generated, next, ws.service.index, { assessed: '2028-11-02' }).text;
    const back = second.replace('assessed: 2028-11-02', 'assessed: 2029-01-10');
    expect(() => updatePlan(back, assessment, ws.service.index, { assessed: '2026-11-20' })).toThrow(new PlanUpdateError('Die Standortbestimmung vom 20. November 2026 steht schon unter „earlier_assessments“; der Plan wird nicht aktualisiert.'));
    expect(() => updatePlan(generated, next, ws.service.index, { assessed: '2026-01-05' })).toThrow(new PlanUpdateError('Die neue Standortbestimmung (5. Januar 2026) liegt vor der bisherigen (20. November 2026); der Plan wird nicht aktualisiert.'));
  });
});

describe('updatePlan: indicators', () => {
  const ws = toolbox();
  const { plan } = buildPlan({ agency: { name: 'Ausländerbehörde Teststadt', bundesland: 'Hessen' }, assessed: '2026-11-20', assessment, start: '2027-01', capacity: 2 }, ws.service.index);
  const generated = planDocumentText(plan);
  const sentence = (status: number) => `Der Stand des Kriteriums steigt bis zur nächsten Standortbestimmung um mindestens eine Stufe (bisher ${status}).`;
  const indicatorOf = (id: string) => new RegExp(`(- instrument: ${id}\\n(?: {4}.*\\n| {6}.*\\n)*?) {4}indicator:(?: .*\\n|\\n(?: {6}.*\\n){3})`);
  const handObject = '    indicator: { text: Wartezeit am Schalter unter 20 Minuten, criterion: k-a, target: 4 } # mit dem Team vereinbart';
  const handSentence = '    indicator: "Beschwerden im Quartal: höchstens zehn"';
  const edited = generated
    // alpha: the generated indicator, laid out on one line by the consultant, with a comment
    .replace(indicatorOf('alpha'), `$1    indicator: { text: ${sentence(1)}, criterion: k-a, target: 2 } # Ziel\n`)
    // delta and gamma: indicators written by hand, one with a criterion and one in words
    .replace(indicatorOf('delta'), `$1${handObject}\n`)
    .replace(indicatorOf('gamma'), `$1${handSentence}\n`)
    // epsilon is under way
    .replace(/(- instrument: epsilon\n(?: {4}.*\n| {6}.*\n)*? {4}status: geplant\n)/, '$1    updates:\n      - { date: 2027-01-12, status: laufend, note: Begonnen. }\n');
  // k-a, k-b and k-d are scored anew: every measure's proposed indicator changes.
  const next: Assessment = { ...assessment, 'k-a': { status: 2, relevance: 5 }, 'k-b': { status: 3, relevance: 5 }, 'k-d': { status: 2, relevance: 4 } };
  const result = updatePlan(edited, next, ws.service.index);
  const after = frontmatter(result.text);
  const indicator = (id: string) => after.measures.find((m) => m.instrument === id)!.indicator;

  it('the hand edits are what the test assumes', () => {
    const data = frontmatter(edited);
    expect(data.measures.find((m) => m.instrument === 'alpha')!.indicator).toEqual({ text: sentence(1), criterion: 'k-a', target: 2 });
    expect(edited).toContain(`${handObject}\n`);
    expect(edited).toContain(`${handSentence}\n`);
    expect(data.measures.find((m) => m.instrument === 'epsilon')).toHaveProperty('updates');
  });

  it('rewrites a generated indicator to the new assessment, in its place and layout', () => {
    expect(indicator('beta')).toEqual({ text: sentence(3), criterion: 'k-b', target: 4 });
    expect(result.text).toContain(`    indicator:\n      text: ${sentence(3)}\n      criterion: k-b\n      target: 4\n    status: geplant\n`);
    expect(indicator('alpha')).toEqual({ text: sentence(2), criterion: 'k-a', target: 3 });
    expect(result.text).toContain(`    indicator: { text: ${sentence(2)}, criterion: k-a, target: 3 } # Ziel\n`);
    expect(result.changes.map((c) => c.text).join('\n')).toMatch(/„Instrument BETA“.*Indikator|„Instrument BETA“ neu eingeplant/);
  });

  it('keeps an indicator written by hand byte for byte, with a criterion or in words', () => {
    expect(result.text).toContain(`${handObject}\n`);
    expect(result.text).toContain(`${handSentence}\n`);
    expect(indicator('delta')).toEqual({ text: 'Wartezeit am Schalter unter 20 Minuten', criterion: 'k-a', target: 4 });
  });

  it('keeps the indicator of a measure under way: the new Standortbestimmung is what its target is measured against', () => {
    expect(indicator('epsilon')).toEqual({ text: sentence(1), criterion: 'k-a', target: 2 });
  });

  it('changes no other line of an indicator, and nothing else but what the proposal derives from the scores', () => {
    const lines = new Set(result.text.split('\n'));
    const removed = edited.split('\n').filter((line) => !lines.has(line));
    expect(removed.length).toBeGreaterThan(0);
    for (const line of removed) expect(line).toMatch(/^ {2}k-[abd]:|^ {4}(start|due|reason):|^ {6}(text|target):|^ {6}- \{ text:|^ {4}indicator: \{ text: Der Stand des Kriteriums .* # Ziel$/);
    expect(removed).not.toContain('      criterion: k-b');
  });
});
