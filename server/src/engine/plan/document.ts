// The plan as a Markdown document: YAML frontmatter laid out for people (one line per criterion in the
// assessment) and the consultant's free text as the body.
import { Document, isMap, isSeq, YAMLMap } from 'yaml';
import type { PlanData } from './model';
import { NEED_FORMULA } from './needs';

/** The frontmatter of a plan as YAML text, assessment entries on one line each. */
export function planFrontmatter(plan: PlanData): string {
  const doc = new Document(plan);
  compactAssessment(doc);
  return doc.toString({ lineWidth: 0 });
}

export function compactAssessment(doc: Document): void {
  const assessment = doc.get('assessment', true);
  if (isMap(assessment)) for (const pair of assessment.items) if (pair.value instanceof YAMLMap) pair.value.flow = true;
  const measures = doc.get('measures', true);
  if (isSeq(measures)) {
    for (const measure of measures.items) {
      if (!isMap(measure)) continue;
      const milestones = measure.get('milestones', true);
      if (isSeq(milestones)) for (const m of milestones.items) if (m instanceof YAMLMap) m.flow = true;
    }
  }
}

export function newPlanBody(agencyName: string): string {
  return `
## Ausgangslage

_Wer ist die ${agencyName}, wie viele Menschen arbeiten dort, welche Kundschaft kommt, was läuft schon gut?_

## Vorgehen bei der Standortbestimmung

_Wer hat die Checkliste bewertet, wann, und wie wurden die Einschätzungen abgestimmt?_

Der Vorschlag der Maßnahmen folgt dem Bedarf je Kriterium (${NEED_FORMULA}). Der Punktwert eines Instruments ist die Summe der Bedarfe der Kriterien, die es adressiert.

## Nächste Schritte

_Was bis zum nächsten Termin geschieht und wer es verantwortet._
`;
}

export function planDocumentText(plan: PlanData, body = newPlanBody(plan.agency.name)): string {
  return `---\n${planFrontmatter(plan)}---\n${body}`;
}
