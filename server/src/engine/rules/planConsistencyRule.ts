// A plan agrees with the toolbox: a measure does not start before a measure it builds on (WK1006), its
// prerequisites are planned (WK1007), and every criterion is assessed or marked as still open (WK1008).
import type { Diagnostic } from '../diagnostic';
import { keyPlace, valuePlace } from '../parse/document';
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';
import { dayOf, measuresOf } from './planMeasures';
import { requiresOf } from '../parse/requires';

export const planConsistencyRule: Rule = {
  name: 'plan-consistency',
  scope: 'workspace',
  check(document, { index }) {
    if (document.kind !== 'plan') return [];
    const findings: Diagnostic[] = [];
    const measures = measuresOf(document);
    const byInstrument = new Map<string, { start?: string; index: number }>();
    measures.forEach((m, i) => {
      if (typeof m.instrument === 'string' && !byInstrument.has(m.instrument)) byInstrument.set(m.instrument, { start: typeof m.start === 'string' ? m.start : undefined, index: i });
    });
    measures.forEach((measure, i) => {
      if (typeof measure.instrument !== 'string') return;
      const instrument = index.withIdOfKind(measure.instrument, 'instrument');
      if (!instrument) return;
      // A prerequisite that names no instrument is the instrument's own error (WK601), not the plan's.
      const known = (id: string) => index.hasIdOfKind(id, 'instrument');
      for (const prerequisite of requiresOf(instrument).filter((r) => known(r.target))) {
        const planned = byInstrument.get(prerequisite.target);
        if (!planned) {
          const span = valuePlace(document, ['measures', i, 'instrument']);
          if (span) findings.push(diagnostic(document, span, 'info', Codes.prerequisiteNotPlanned,
            `„${measure.instrument}“ baut auf „${prerequisite.target}“ auf, das nicht im Plan steht. Ist es in der Behörde schon umgesetzt?`,
            { prerequisite: prerequisite.target }));
          continue;
        }
        if (typeof measure.start === 'string' && planned.start && dayOf(measure.start, 'start') < dayOf(planned.start, 'start')) {
          const span = valuePlace(document, ['measures', i, 'start']);
          if (span) findings.push(diagnostic(document, span, 'warning', Codes.measureBeforePrerequisite,
            `Die Maßnahme „${measure.instrument}“ beginnt (${measure.start}) vor ihrer Voraussetzung „${prerequisite.target}“ (${planned.start}).`,
            { prerequisite: prerequisite.target }));
        }
      }
    });
    const assessment = document.data?.assessment;
    if (assessment && typeof assessment === 'object' && !Array.isArray(assessment)) {
      const missing = index.criterionIds().filter((id) => !(id in assessment)).sort();
      // Spans are looked up only for a finding: it may cost a parse of the frontmatter (see ParsedDocument.yaml).
      const span = missing.length > 0 ? keyPlace(document, ['assessment']) : undefined;
      if (span) findings.push(diagnostic(document, span, 'info', Codes.criterionNotAssessed,
        `${missing.length === 1 ? 'Ein Kriterium ist nicht bewertet und gilt' : `${missing.length} Kriterien sind nicht bewertet und gelten`} als „noch zu klären“: ${missing.join(', ')}.`,
        { missing }));
    }
    return findings;
  },
};
