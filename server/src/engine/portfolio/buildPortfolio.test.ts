import { describe, expect, it } from 'vitest';
import { toolbox } from '../testing/planToolbox';
import { FIXTURE_OFFICES, fixturePlanText, PORTFOLIO_AS_OF } from '../testing/portfolioFixture';
import { createPortfolioCollector } from './collector';
import { buildPortfolio } from './buildPortfolio';
import type { PlanSummary } from './planSummary';
import { criteriaOf, instrumentsOf } from '../plan/model';

const W = { lessThan: 3 };
/** Withheld to protect a „< 3“ of its row from subtraction. */
const X = { suppressed: true };

function portfolio(named = false, asOf = PORTFOLIO_AS_OF) {
  const { service } = toolbox();
  const collector = createPortfolioCollector(service.index, service.schemas, { asOf, named });
  for (const office of FIXTURE_OFFICES) expect(collector.add(fixturePlanText(office))).toHaveProperty('summary');
  return collector.report();
}

describe('the portfolio of the five fixture offices', () => {
  it('counts status and relevance per criterion, withholding counts of one or two offices', () => {
    const report = portfolio();
    expect(report.offices).toBe(5);
    expect(report.skipped).toBe(0);
    const [a, b, c, d] = report.criteria;
    expect(a).toMatchObject({ criterion: 'k-a', text: 'Kriterium A der Checkliste mit genug Text.', eckpunktTitle: 'Binnenorganisation', hierAnsetzen: 3 });
    expect(a!.status).toEqual({ 1: W, 2: W, 3: 0, 4: W, 5: 0, unbekannt: W });
    // 1 + 1 + 3 = 5 offices: the two „< 3“ would be 1 each even with the 3 withheld, so every count but the zeros is
    // withheld: three counts of 5 offices, 3 + 1 + 1 in some order.
    expect(a!.relevance).toEqual({ 1: 0, 2: 0, 3: X, 4: X, 5: X, unbekannt: 0 });
    expect(b!.status).toEqual({ 1: 0, 2: 0, 3: 5, 4: 0, 5: 0, unbekannt: 0 });
    expect(b!.hierAnsetzen).toBe(5);
    // 5 offices − 4 would give the one „unbekannt“: the 4 is withheld too.
    expect(c!.status).toEqual({ 1: 0, 2: 0, 3: 0, 4: X, 5: 0, unbekannt: W });
    expect(c!.hierAnsetzen).toBe(0);
    expect(d!.status.unbekannt).toBe(5);
    expect(report.hotspots).toEqual([
      { criterion: 'k-b', text: 'Kriterium B der Checkliste mit genug Text.', offices: 5 },
      { criterion: 'k-a', text: 'Kriterium A der Checkliste mit genug Text.', offices: 3 },
    ]);
  });

  it('counts offices per instrument and status, with the median planned and actual months', () => {
    const [alpha, delta, beta] = portfolio().instruments;
    expect(delta).toEqual({ instrument: 'delta', title: 'Instrument DELTA', offices: 4, status: { geplant: 4, laufend: 0, abgeschlossen: 0, zurueckgestellt: 0 }, plannedMonths: 3, actualMonths: null });
    expect(alpha).toEqual({ instrument: 'alpha', title: 'Instrument ALPHA', offices: 4, status: { geplant: X, laufend: X, abgeschlossen: X, zurueckgestellt: X }, plannedMonths: 4, actualMonths: 4 });
    expect(beta).toEqual({ instrument: 'beta', title: 'Instrument BETA', offices: W, status: { geplant: W, laufend: 0, abgeschlossen: 0, zurueckgestellt: W }, plannedMonths: W, actualMonths: null });
  });

  it('counts offices, measures and their Ampel by Bundesland', () => {
    expect(portfolio().bundeslaender).toEqual([
      { bundesland: 'Bayern', offices: W, measures: W, ampel: { gruen: W, gelb: W, rot: W } },
      // 5 offices − 3 in Hessen would give Bayern's two.
      { bundesland: 'Hessen', offices: X, measures: 6, ampel: { gruen: 6, gelb: 0, rot: 0 } },
    ]);
  });

  it('named: exact counts, and each instrument lists the offices that completed it', () => {
    const report = portfolio(true);
    expect(report.named).toBe(true);
    expect(report.bundeslaender[0]).toEqual({ bundesland: 'Bayern', offices: 2, measures: 4, ampel: { gruen: 1, gelb: 1, rot: 2 } });
    const alpha = report.instruments.find((i) => i.instrument === 'alpha')!;
    expect(alpha.status.laufend).toBe(1);
    expect(alpha.completedBy).toEqual(['Ausländerbehörde Fixdorf', 'Ausländerbehörde Probstadt', 'Ausländerbehörde Testhausen']);
  });

  it('updates after the reporting date do not count: not for the status, the durations or the completed offices', () => {
    const alpha = portfolio(true, '2027-04-15').instruments.find((i) => i.instrument === 'alpha')!;
    expect(alpha).toMatchObject({ status: { geplant: 0, laufend: 3, abgeschlossen: 1, zurueckgestellt: 0 }, actualMonths: 3, completedBy: ['Ausländerbehörde Testhausen'] });
  });

  it('anonymised: no office name, owner or note anywhere in the report', () => {
    const json = JSON.stringify(portfolio());
    for (const office of FIXTURE_OFFICES) for (const secret of [office.name, office.owner, office.note, 'Fixdorf', 'Probstadt']) expect(json).not.toContain(secret);
  });

  it('skips a plan with an unknown instrument or broken YAML, and ignores documents that are no plans', () => {
    const { service } = toolbox();
    const collector = createPortfolioCollector(service.index, service.schemas, { asOf: PORTFOLIO_AS_OF, named: false });
    const text = fixturePlanText(FIXTURE_OFFICES[0]!);
    expect(collector.add(text.replace('instrument: beta', 'instrument: omega'))).toEqual({ problem: 'Unbekanntes Instrument „omega“ in den Maßnahmen.' });
    expect(collector.add(text.replace('kind: plan', 'kind: plan\nkind: plan'))).toEqual({ problem: 'Das YAML der Kopfdaten ist fehlerhaft.', line: 3, column: 1 });
    expect(collector.add(text.replace('status: geplant', 'status: vielleicht'))).toEqual({ problem: 'Die Kopfdaten entsprechen nicht dem Schema eines Maßnahmenplans.' });
    expect(collector.add('---\nkind: instrument\n---\n')).toEqual({ notPlan: true });
    expect(collector.report()).toMatchObject({ offices: 0, skipped: 3 });
  });

  it('anonymised: the order of instruments and hotspots does not tell one office from two', () => {
    const { service } = toolbox();
    const plan = (measures: string[], scores: PlanSummary['scores']): PlanSummary => ({ name: null, bundesland: 'Hessen', scores, measures: measures.map((instrument) => ({ instrument, status: 'geplant', ampel: 'gruen', plannedMonths: 3, actualMonths: null })) });
    // BETA and k-b: two offices; ALPHA and k-a: one.
    const plans = [plan(['beta'], { 'k-b': [2, 4] }), plan(['beta'], { 'k-b': [2, 4] }), plan(['alpha'], { 'k-a': [2, 4] })];
    const order = (named: boolean) => {
      const report = buildPortfolio(plans, criteriaOf(service.index), instrumentsOf(service.index), { asOf: PORTFOLIO_AS_OF, named, skipped: 0 });
      return [report.instruments.map((i) => i.instrument), report.hotspots.map((h) => h.criterion)];
    };
    expect(order(false)).toEqual([['alpha', 'beta'], ['k-a', 'k-b']]);
    expect(order(true)).toEqual([['beta', 'alpha'], ['k-b', 'k-a']]);
  });
});

describe('reading one plan for the portfolio', () => {
  const add = (text: string) => {
    const { service } = toolbox();
    return createPortfolioCollector(service.index, service.schemas, { asOf: PORTFOLIO_AS_OF, named: false }).add(text);
  };
  const plan = fixturePlanText(FIXTURE_OFFICES[0]!);

  /** Where the engine's check puts the first error of `text`, counted from 1. */
  const checked = (text: string) => {
    const { service } = toolbox();
    service.update('file:///tb/plaene/kaputt.md', { text });
    const first = service.diagnostics('file:///tb/plaene/kaputt.md').find((d) => d.severity === 'error')!;
    return { line: first.range.start.line + 1, column: first.range.start.character + 1 };
  };

  it('names broken YAML where `check` names it, counted in the whole file', () => {
    for (const broken of [plan.replace(/^title: .*$/m, 'title: "ohne Ende'), plan.replace(/^id: .*$/m, (line) => `${line}\n${line}`)]) {
      expect(add(broken)).toEqual({ problem: 'Das YAML der Kopfdaten ist fehlerhaft.', ...checked(broken) });
    }
    // The key given twice is named at its second occurrence, line 4.
    expect(checked(plan.replace(/^id: .*$/m, (line) => `${line}\n${line}`)).line).toBe(4);
  });

  it('refuses more than 100 aliases and a frontmatter over the plan limit, without reading on, as `check` does', () => {
    const aliases = `x: &a 1\n${Array.from({ length: 101 }, (_, i) => `y${i}: *a`).join('\n')}\n`;
    expect(add(plan.replace('kind: plan\n', `kind: plan\n${aliases}`))).toEqual({ problem: 'Der Kopfbereich verwendet 101 Aliase („*name“); erlaubt sind höchstens 100.', line: 1, column: 1 });
    const long = plan.replace('kind: plan\n', `kind: plan\nx: "${'a'.repeat(500_001)}"\n`);
    const length = long.indexOf('\n---\n', 4) + 1 - 4;
    expect(add(long)).toEqual({ problem: `Der Kopfbereich ist ${length.toLocaleString('de-DE')} Zeichen lang; erlaubt sind höchstens 500.000 für einen Maßnahmenplan.`, line: 1, column: 1 });
  });

  it('keeps the office’s name only for a named portfolio', () => {
    const { service } = toolbox();
    const named = createPortfolioCollector(service.index, service.schemas, { asOf: PORTFOLIO_AS_OF, named: true }).add(plan);
    expect((named as { summary: PlanSummary }).summary.name).toBe(FIXTURE_OFFICES[0]!.name);
    expect((add(plan) as { summary: PlanSummary }).summary.name).toBeNull();
  });
});
