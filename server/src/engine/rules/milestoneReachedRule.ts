// A milestone is reached within its measure's run: a `reached` after the measure's end (WK1015) means either the
// measure ran longer than planned (its `due` should say so) or the date is wrong.
import type { Diagnostic } from '../diagnostic';
import { valuePlace } from '../parse/document';
import { isPeriod, lastDayOf, periodLabel } from '../monitoring/reportingDate';
import { quoted } from '../vocabulary/quoted';
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';
import { dayOf } from './planMeasures';
import { monitoredMeasures } from './monitoredMeasures';

export const milestoneReachedRule: Rule = {
  name: 'milestone-reached',
  scope: 'workspace',
  check(document, { index }) {
    const findings: Diagnostic[] = [];
    for (const { measure, position, title } of monitoredMeasures(document, index)) {
      if (!isPeriod(measure.due) || !Array.isArray(measure.milestones)) continue;
      const end = lastDayOf(measure.due);
      measure.milestones.forEach((milestone: unknown, i) => {
        const { text, reached } = (typeof milestone === 'object' && milestone !== null ? milestone : {}) as { text?: unknown; reached?: unknown };
        if (!isPeriod(reached) || dayOf(reached, 'start') <= end) return;
        const span = valuePlace(document, ['measures', position, 'milestones', i, 'reached']);
        const name = typeof text === 'string' ? ` ${quoted(text)}` : '';
        if (span) findings.push(diagnostic(document, span, 'warning', Codes.milestoneAfterEnd,
          `Der Meilenstein${name} von ${quoted(title)} ist für ${periodLabel(reached)} als erreicht eingetragen, nach dem Ende der Maßnahme (${periodLabel(measure.due as string)}). Verlängern Sie die Maßnahme („due“) oder prüfen Sie das Datum.`));
      });
    }
    return findings;
  },
};
