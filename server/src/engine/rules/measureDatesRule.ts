// In a plan, a measure starts no later than it ends (WK1005).
import type { Diagnostic } from '../diagnostic';
import { valuePlace } from '../parse/document';
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';
import { dayOf, measuresOf } from './planMeasures';

export const measureDatesRule: Rule = {
  name: 'measure-dates',
  scope: 'document',
  check(document) {
    if (document.kind !== 'plan') return [];
    const findings: Diagnostic[] = [];
    measuresOf(document).forEach((measure, i) => {
      if (typeof measure.start !== 'string' || typeof measure.due !== 'string') return;
      if (dayOf(measure.start, 'start') <= dayOf(measure.due, 'end')) return;
      const span = valuePlace(document, ['measures', i, 'due']);
      if (span) findings.push(diagnostic(document, span, 'error', Codes.measureDates,
        `Das Ende (${measure.due}) liegt vor dem Start (${measure.start}) der Maßnahme.`));
    });
    return findings;
  },
};
