// Step 1 of the plan: the need of each criterion, from the self-assessment.
// Need = relevance × (5 − status), 0 … 20: high relevance and a poor state mean "hier ansetzen"
// (the importance–performance idea). An unscored criterion is not guessed: it is "noch zu klären".
import type { Assessment, Criterion } from './model';

export interface CriterionNeed {
  criterion: Criterion;
  status: number;
  relevance: number;
  need: number;
}

export interface Needs {
  scored: CriterionNeed[];
  /** Criteria with `unbekannt` in status or relevance, or not in the assessment at all. */
  open: Criterion[];
}

export const NEED_FORMULA = 'Bedarf = Relevanz × (5 − Stand)';

export function needOf(status: number, relevance: number): number {
  return relevance * (5 - status);
}

export function computeNeeds(assessment: Assessment, criteria: Criterion[]): Needs {
  const scored: CriterionNeed[] = [];
  const open: Criterion[] = [];
  for (const criterion of criteria) {
    const score = assessment[criterion.id];
    if (!score || typeof score.status !== 'number' || typeof score.relevance !== 'number') {
      open.push(criterion);
      continue;
    }
    scored.push({ criterion, status: score.status, relevance: score.relevance, need: needOf(score.status, score.relevance) });
  }
  return { scored, open };
}

export type Quadrant = 'hier-ansetzen' | 'weiter-so' | 'geringe-prioritaet' | 'ggf-zu-viel-aufwand';

/**
 * The importance–performance grid, with the crosshair at the middle of the 1–5 scales: a criterion is
 * important from relevance 3 on, and in good shape from status 4 on (status 3 still leaves a need).
 */
export function quadrantOf(status: number, relevance: number): Quadrant {
  const important = relevance >= 3;
  const good = status >= 4;
  if (important && !good) return 'hier-ansetzen';
  if (important && good) return 'weiter-so';
  if (!important && !good) return 'geringe-prioritaet';
  return 'ggf-zu-viel-aufwand';
}

export const QUADRANT_LABELS: Record<Quadrant, string> = {
  'hier-ansetzen': 'Hier ansetzen',
  'weiter-so': 'Weiter so',
  'geringe-prioritaet': 'Geringe Priorität',
  'ggf-zu-viel-aufwand': 'Ggf. zu viel Aufwand',
};
