// Handlungsempfehlungen computed from the report's data, each a whole German sentence: overdue or stopped
// measures to re-plan, criteria that got worse, instruments worth adding (the builder's ranking), indicators
// reached, and criteria in „hier ansetzen“ that no measure addresses.
import { decimalLabel } from '../plan/months';
import type { RankedInstrument } from '../plan/ranking';
import { quoted } from '../vocabulary/quoted';
import type { MeasureReport, ProfileComparison, Recommendation } from './statusReport';

/** How many instruments the report suggests adding at most. */
export const SUGGESTED_INSTRUMENTS = 3;

export interface RecommendationInput {
  measures: MeasureReport[];
  profile: ProfileComparison | null;
  unaddressed: { criterion: string; text: string }[];
  /** The builder's ranking for the current assessment. */
  ranked: RankedInstrument[];
  criterionText: (id: string) => string;
}

export function recommendationsOf(input: RecommendationInput): Recommendation[] {
  return [...replan(input.measures), ...worsened(input.profile), ...additions(input), ...reachedIndicators(input.measures), ...unaddressed(input.unaddressed)];
}

function replan(measures: MeasureReport[]): Recommendation[] {
  return measures.filter((m) => m.ampel === 'rot').map((m) => ({
    kind: 'neu-planen' as const,
    instrument: m.instrument,
    text: m.status === 'zurueckgestellt'
      ? `${quoted(m.title)} wurde ohne dokumentierte Entscheidung gestoppt: Bitte die Entscheidung mit Datum und Begründung als Eintrag nachtragen oder die Maßnahme wieder aufnehmen.`
      : `${quoted(m.title)} ist ${m.ampelReason}: Bitte den Zeitplan neu festlegen oder die Maßnahme mit einer begründeten Entscheidung zurückstellen.`,
  }));
}

function worsened(profile: ProfileComparison | null): Recommendation[] {
  if (!profile) return [];
  return profile.criteria.filter((c) => c.change !== null && c.change < 0).map((c) => ({
    kind: 'verschlechtert' as const,
    criterion: c.criterion,
    text: `Der Stand bei ${quoted(c.text)} ist von ${decimalLabel(c.then!.status as number)} auf ${decimalLabel(c.now!.status as number)} gesunken: Bitte prüfen, welche Maßnahme hier ansetzt.`,
  }));
}

function additions(input: RecommendationInput): Recommendation[] {
  const planned = new Set(input.measures.map((m) => m.instrument));
  return input.ranked.filter((r) => !planned.has(r.instrument.id)).slice(0, SUGGESTED_INSTRUMENTS).map((r) => ({
    kind: 'instrument-ergaenzen' as const,
    instrument: r.instrument.id,
    text: `${quoted(r.instrument.title)} ergänzen: Das Instrument setzt am stärksten bei ${quoted(input.criterionText(r.contributions[0]!.criterion))} an (${r.contributions.length === 1 ? 'dem einzigen Kriterium' : `insgesamt ${decimalLabel(r.contributions.length)} Kriterien`} mit Bedarf).`,
  }));
}

function reachedIndicators(measures: MeasureReport[]): Recommendation[] {
  return measures.filter((m) => m.indicator?.reached === true).map((m) => ({
    kind: 'indikator-erreicht' as const,
    instrument: m.instrument,
    ...(m.indicator!.criterion ? { criterion: m.indicator!.criterion } : {}),
    text: `Das Ziel von ${quoted(m.title)} ist erreicht: ${quoted(m.indicator!.criterionText ?? m.indicator!.text)} steht jetzt bei ${decimalLabel(m.indicator!.value as number)} (Ziel ${decimalLabel(m.indicator!.target!)}). Die Maßnahme kann abgeschlossen oder ihr Ziel erhöht werden.`,
  }));
}

function unaddressed(list: { criterion: string; text: string }[]): Recommendation[] {
  return list.map((c) => ({
    kind: 'unversorgt' as const,
    criterion: c.criterion,
    text: `${quoted(c.text)} liegt weiter im Feld „Hier ansetzen“, aber keine Maßnahme des Plans setzt dort an: Bitte eine Maßnahme ergänzen.`,
  }));
}
