import { describe, expect, it } from 'vitest';
import { assessment, instrument, toolbox } from '../testing/planToolbox';
import { planDocumentText } from './document';
import { buildPlan, propose } from './builder';
import { computeNeeds, needOf, quadrantOf } from './needs';
import { criteriaOf } from './model';

describe('needs', () => {
  it('need = relevance × (5 − status), unscored criteria are open, not guessed', () => {
    expect(needOf(1, 5)).toBe(20);
    expect(needOf(5, 5)).toBe(0);
    expect(needOf(3, 1)).toBe(2);
    const ws = toolbox();
    const needs = computeNeeds(assessment, criteriaOf(ws.service.index));
    expect(needs.scored.map((n) => [n.criterion.id, n.need])).toEqual([['k-a', 20], ['k-b', 15], ['k-c', 10]]);
    expect(needs.open.map((c) => c.id)).toEqual(['k-d']);
  });

  it('places criteria in the importance–performance grid', () => {
    expect(quadrantOf(1, 5)).toBe('hier-ansetzen');
    expect(quadrantOf(3, 5)).toBe('hier-ansetzen');
    expect(quadrantOf(4, 5)).toBe('weiter-so');
    expect(quadrantOf(2, 2)).toBe('geringe-prioritaet');
    expect(quadrantOf(5, 1)).toBe('ggf-zu-viel-aufwand');
  });
});

describe('ranking', () => {
  it('ranks by score; ties go to lower effort, then shorter duration, then id; score 0 is left out', () => {
    const proposal = propose({ assessment, start: '2027-01', capacity: 3 }, toolbox().service.index);
    expect(proposal.ranked.map((r) => [r.instrument.id, r.score])).toEqual([
      ['beta', 25],
      ['epsilon', 20],
      ['delta', 20],
      ['alpha', 20],
    ]);
    expect(proposal.ranked[0]!.contributions).toEqual([{ criterion: 'k-b', need: 15 }, { criterion: 'k-c', need: 10 }]);
  });
});

describe('schedule', () => {
  it('pulls prerequisites in before their dependents and schedules month by month within the capacity', () => {
    const proposal = propose({ assessment, start: '2027-01', capacity: 2 }, toolbox().service.index);
    expect(proposal.measures.map((m) => [m.instrument.id, m.start, m.due])).toEqual([
      ['gamma', '2027-01', '2027-01'], // 4 weeks → 1 month, prerequisite of beta
      ['epsilon', '2027-01', '2027-02'], // 6 weeks → 2 months, runs beside gamma
      ['beta', '2027-02', '2027-03'], // after gamma; capacity 2 with epsilon
      ['delta', '2027-03', '2027-05'], // 12 weeks → 3 months, when epsilon ends
      ['alpha', '2027-04', '2027-08'], // 20 weeks → 5 months, when beta ends
    ]);
    const gamma = proposal.measures.find((m) => m.instrument.id === 'gamma')!;
    expect(gamma.prerequisiteFor).toEqual(['beta']);
    expect(gamma.reason).toBe('Voraussetzung für „Instrument BETA“');
    expect(proposal.measures.find((m) => m.instrument.id === 'beta')!.prerequisites).toEqual(['gamma']);
  });

  it('runs everything one after another with capacity 1', () => {
    const proposal = propose({ assessment, start: '2027-11', capacity: 1 }, toolbox().service.index);
    const spans = proposal.measures.map((m) => [m.start, m.due]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]! > spans[i - 1]![1]!).toBe(true);
    expect(spans[0]).toEqual(['2027-11', '2027-11']);
    expect(proposal.measures.map((m) => m.instrument.id)).toEqual(['gamma', 'beta', 'epsilon', 'delta', 'alpha']);
    expect(spans[1]).toEqual(['2027-12', '2028-01']);
  });

  it('limits the proposal to the best instruments and their prerequisites', () => {
    const proposal = propose({ assessment, start: '2027-01', capacity: 3, limit: 1 }, toolbox().service.index);
    expect(proposal.measures.map((m) => m.instrument.id)).toEqual(['gamma', 'beta']);
  });

  it('reports a cycle in requires and still schedules', () => {
    const ws = toolbox({
      'instrumente/gamma.md': instrument('gamma', ['k-d'], 'niedrig', 4, ['beta']),
    });
    const proposal = propose({ assessment, start: '2027-01', capacity: 3 }, ws.service.index);
    expect(proposal.cycles).toEqual([['beta', 'gamma', 'beta']]);
    expect(proposal.measures.map((m) => m.instrument.id).sort()).toEqual(['alpha', 'beta', 'delta', 'epsilon', 'gamma']);
  });

  it('marks Sofortmaßnahmen (quick wins): low effort, at most three months, score at least the median', () => {
    const proposal = propose({ assessment, start: '2027-01', capacity: 3 }, toolbox().service.index);
    expect(proposal.measures.filter((m) => m.quickWin).map((m) => m.instrument.id).sort()).toEqual(['delta', 'epsilon']);
    expect(proposal.measures.find((m) => m.instrument.id === 'epsilon')!.reason).toContain('Sofortmaßnahme: wenig Aufwand, rasch umsetzbar');
  });

  it('does not call a measure a Sofortmaßnahme that waits for a prerequisite or that the schedule begins months out', () => {
    // epsilon now builds on alpha (20 weeks): small as it is, it cannot begin at once.
    const waiting = propose({ assessment, start: '2027-01', capacity: 3 }, toolbox({ 'instrumente/epsilon.md': instrument('epsilon', ['k-a'], 'niedrig', 6, ['alpha']) }).service.index);
    const epsilon = waiting.measures.find((m) => m.instrument.id === 'epsilon')!;
    expect(epsilon.start > '2027-03').toBe(true);
    expect(epsilon.quickWin).toBe(false);
    expect(epsilon.reason).not.toContain('Sofortmaßnahme');
    // One measure at a time: delta (12 weeks, three months) waits for beta's chain and epsilon, and begins too late.
    const oneAtATime = propose({ assessment, start: '2027-01', capacity: 1 }, toolbox().service.index);
    const late = oneAtATime.measures.filter((m) => m.start >= '2027-04').map((m) => m.instrument.id);
    expect(late).toContain('delta');
    expect(oneAtATime.measures.filter((m) => m.quickWin).every((m) => m.start < '2027-04')).toBe(true);
    expect(oneAtATime.measures.find((m) => m.instrument.id === 'delta')!.quickWin).toBe(false);
  });
});

describe('buildPlan', () => {
  it('writes a plan the rules accept, with every field of a German action plan filled', () => {
    const ws = toolbox();
    const { plan } = buildPlan({ agency: { name: 'Ausländerbehörde Teststadt', bundesland: 'Hessen' }, assessed: '2026-11-20', assessment, start: '2027-01', capacity: 2 }, ws.service.index);
    expect(plan.id).toBe('plan-auslaenderbehoerde-teststadt');
    expect(plan.planning).toEqual({ start: '2027-01', capacity: 2 });
    const beta = plan.measures.find((m) => m.instrument === 'beta')!;
    expect(beta).toMatchObject({
      owner: 'Leitung der Ausländerbehörde',
      participants: ['Sachbearbeitung', 'Personalrat'],
      start: '2027-02',
      due: '2027-03',
      status: 'geplant',
      origin: 'vorschlag',
    });
    // The criterion that gave beta the most of its score (k-b: 15 of 25), one step up; the sentence
    // leaves the statement to the views, which read it from the checklist.
    expect(beta.indicator).toEqual({ text: 'Der Stand des Kriteriums steigt bis zur nächsten Standortbestimmung um mindestens eine Stufe (bisher 2).', criterion: 'k-b', target: 3 });
    expect(JSON.stringify(plan.measures.map((m) => m.indicator))).not.toContain('Kriterium B der Checkliste');
    // gamma addresses only k-d, which is not scored: its indicator stays a sentence.
    expect(plan.measures.find((m) => m.instrument === 'gamma')!.indicator).toBe('Die Maßnahme ist im Regelbetrieb und wird in der nächsten Standortbestimmung bewertet.');
    expect(beta.milestones).toHaveLength(2);
    expect(beta.resources).toContain('Arbeitszeit');
    // The indicator follows the largest need, not the first criterion listed: with k-b at 4 (need 5) it is k-c at 3
    // (need 10); the target is one step up and at most 5.
    const indicatorsWith = (scores: typeof assessment) => {
      const measures = buildPlan({ agency: { name: 'ABH', bundesland: 'Hessen' }, assessed: '2026-11-20', assessment: { ...assessment, ...scores }, start: '2027-01', capacity: 2 }, ws.service.index).plan.measures;
      return Object.fromEntries(measures.map((m) => [m.instrument, m.indicator]));
    };
    expect(indicatorsWith({ 'k-b': { status: 4, relevance: 5 } }).beta).toEqual({ text: 'Der Stand des Kriteriums steigt bis zur nächsten Standortbestimmung um mindestens eine Stufe (bisher 3).', criterion: 'k-c', target: 4 });
    expect(indicatorsWith({ 'k-b': { status: 1, relevance: 1 }, 'k-c': { status: 4, relevance: 5 } }).beta).toEqual({ text: 'Der Stand des Kriteriums steigt bis zur nächsten Standortbestimmung um mindestens eine Stufe (bisher 4).', criterion: 'k-c', target: 5 });
    // A prerequisite without a need of its own follows the first criterion it addresses; at 5 already, the sentence.
    expect(indicatorsWith({ 'k-d': { status: 5, relevance: 4 } }).gamma).toBe('Die Maßnahme ist im Regelbetrieb und wird in der nächsten Standortbestimmung bewertet.');
    expect(indicatorsWith({ 'k-d': { status: 3, relevance: 4 } }).gamma).toEqual({ text: 'Der Stand des Kriteriums steigt bis zur nächsten Standortbestimmung um mindestens eine Stufe (bisher 3).', criterion: 'k-d', target: 4 });
    ws.edit('plaene/plan-auslaenderbehoerde-teststadt.md', planDocumentText(plan));
    expect(ws.diagnostics('plaene/plan-auslaenderbehoerde-teststadt.md').filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
