// An indicator's target is a status of the checklist's scale 1–5 (WK1016): the schema says it is a whole number,
// this rule says which ones, so that one typo gives one message. An unknown criterion is the reference rule's (WK601).
import type { Diagnostic } from '../diagnostic';
import { valuePlace } from '../parse/document';
import { SCORE } from '../vocabulary';
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';
import { monitoredMeasures } from './monitoredMeasures';

export const indicatorTargetRule: Rule = {
  name: 'indicator-target',
  scope: 'document',
  check(document) {
    const findings: Diagnostic[] = [];
    for (const { measure, position } of monitoredMeasures(document)) {
      const target = typeof measure.indicator === 'object' && measure.indicator !== null ? (measure.indicator as { target?: unknown }).target : undefined;
      if (!Number.isInteger(target) || ((target as number) >= SCORE.min && (target as number) <= SCORE.max)) continue;
      const span = valuePlace(document, ['measures', position, 'indicator', 'target']);
      if (span) findings.push(diagnostic(document, span, 'error', Codes.indicatorTargetRange,
        `Der Zielwert ${target} liegt außerhalb der Skala der Checkliste: Ein Kriterium erreicht einen Stand von ${SCORE.min} bis ${SCORE.max}.`));
    }
    return findings;
  },
};
