// A measure marked `abgeschlossen` carries the day it was closed as a dated entry (WK1014): without one, the
// Statusbericht knows no actual end and planned against actual stays empty.
import type { Diagnostic } from '../diagnostic';
import { valuePlace } from '../parse/document';
import { updatesOf } from '../monitoring/measureData';
import { quoted } from '../vocabulary/quoted';
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';
import { monitoredMeasures } from './monitoredMeasures';

export const measureCompletionRule: Rule = {
  name: 'measure-completion',
  scope: 'workspace',
  check(document, { index }) {
    const findings: Diagnostic[] = [];
    for (const { measure, position, title } of monitoredMeasures(document, index)) {
      if (measure.status !== 'abgeschlossen' || updatesOf(measure).some((u) => u.status === 'abgeschlossen')) continue;
      const span = valuePlace(document, ['measures', position, 'status']);
      if (span) findings.push(diagnostic(document, span, 'warning', Codes.completedWithoutUpdate,
        `${quoted(title)} steht auf „abgeschlossen“, aber kein Eintrag unter „updates“ sagt, wann. Tragen Sie den Abschluss mit Datum ein (status: abgeschlossen), damit der Statusbericht das tatsächliche Ende kennt.`));
    }
    return findings;
  },
};
