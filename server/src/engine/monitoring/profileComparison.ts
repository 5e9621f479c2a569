// The profile then and now: the latest earlier Standortbestimmung against the current one, per Eckpunkt and per
// criterion, and the criteria still in „hier ansetzen“ that no measure of the plan addresses.
import type { Assessment, Criterion, InstrumentInfo } from '../plan/model';
import { quadrantOf } from '../plan/needs';
import type { CriterionChange, ProfileComparison } from './statusReport';

export interface EarlierAssessment {
  assessed: string;
  assessment: Assessment;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The well-formed entries of `earlier_assessments`, oldest first as the plan keeps them. */
export function earlierAssessmentsOf(data: Record<string, unknown>): EarlierAssessment[] {
  const list = data.earlier_assessments;
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).filter((e) => typeof e.assessed === 'string' && isRecord(e.assessment)).map((e) => ({ assessed: e.assessed as string, assessment: e.assessment as Assessment }));
}

const scoreOf = (assessment: Assessment, id: string) => {
  const score = assessment[id];
  if (!isRecord(score)) return null;
  const read = (v: unknown) => (typeof v === 'number' ? v : 'unbekannt' as const);
  return { status: read(score.status), relevance: read(score.relevance) };
};

/** Criteria of high relevance and low status now that none of the measures' instruments addresses. */
export function unaddressedCriteria(now: Assessment, criteria: Criterion[], planned: InstrumentInfo[]): { criterion: string; text: string }[] {
  const addressed = new Set(planned.flatMap((i) => i.addresses));
  return criteria
    .filter((c) => {
      const score = scoreOf(now, c.id);
      return score && typeof score.status === 'number' && typeof score.relevance === 'number' && quadrantOf(score.status, score.relevance) === 'hier-ansetzen' && !addressed.has(c.id);
    })
    .map((c) => ({ criterion: c.id, text: c.text }));
}

function mean(values: number[]): number | null {
  return values.length ? Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10 : null;
}

export function compareProfiles(then: EarlierAssessment, now: EarlierAssessment, criteria: Criterion[], unaddressed: { criterion: string; text: string }[]): ProfileComparison {
  const changes: CriterionChange[] = criteria
    .filter((c) => then.assessment[c.id] !== undefined || now.assessment[c.id] !== undefined)
    .map((c) => {
      const before = scoreOf(then.assessment, c.id);
      const after = scoreOf(now.assessment, c.id);
      const change = typeof before?.status === 'number' && typeof after?.status === 'number' ? after.status - before.status : null;
      return { criterion: c.id, text: c.text, eckpunkt: c.eckpunkt, then: before, now: after, change };
    });
  const eckpunkte = [...new Map(criteria.map((c) => [c.eckpunkt, c.eckpunktTitle])).entries()].map(([eckpunkt, title]) => {
    const statuses = (side: 'then' | 'now') => changes.filter((c) => c.eckpunkt === eckpunkt).map((c) => c[side]?.status).filter((s): s is number => typeof s === 'number');
    return { eckpunkt, title, then: mean(statuses('then')), now: mean(statuses('now')) };
  });
  return { then: then.assessed, now: now.assessed, eckpunkte, criteria: changes, unaddressed };
}
