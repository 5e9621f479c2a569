// A measure whose end has passed at the day the plan is judged at, and that is neither abgeschlossen nor
// zurückgestellt, is overdue (WK1010, on `due`): the same judgement as the Ampel's „rot“. The quick fix
// „Status heute aktualisieren“ (features/codeActions.ts) adds a dated entry.
import type { Diagnostic } from '../diagnostic';
import { valuePlace } from '../parse/document';
import { dateLabel } from '../plan/months';
import { MEASURE_STATUS } from '../vocabulary';
import { overdueReason } from '../monitoring/ampel';
import { currentStatus } from '../monitoring/currentStatus';
import { isPeriod, lastDayOf } from '../monitoring/reportingDate';
import { quoted } from '../vocabulary/quoted';
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';
import { judgedAt, monitoredMeasures } from './monitoredMeasures';

export const measureOverdueRule: Rule = {
  name: 'measure-overdue',
  // Workspace scope: it depends on today and on the instruments' titles, so it is never cached with the parse.
  scope: 'workspace',
  check(document, context) {
    const at = document.kind === 'plan' ? judgedAt(document, context) : undefined;
    if (!at) return [];
    const findings: Diagnostic[] = [];
    for (const { measure, position, title } of monitoredMeasures(document, context.index)) {
      if (!isPeriod(measure.due) || at.day <= lastDayOf(measure.due)) continue;
      const status = currentStatus(measure, at.day);
      if (status === 'abgeschlossen' || status === 'zurueckgestellt') continue;
      const span = valuePlace(document, ['measures', position, 'due']);
      if (!span) continue;
      const when = at.own ? `am Stichtag des Plans, dem ${dateLabel(at.day)}` : `heute, am ${dateLabel(at.day)}`;
      findings.push(diagnostic(document, span, 'warning', Codes.measureOverdue,
        `${quoted(title)} ist ${overdueReason(measure.due)}: Stand ${when}, ist „${MEASURE_STATUS[status]}“. Tragen Sie den aktuellen Stand unter „updates“ ein oder planen Sie die Maßnahme neu.`,
        { instrument: typeof measure.instrument === 'string' ? measure.instrument : '', status }));
    }
    return findings;
  },
};
