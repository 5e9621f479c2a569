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

/** The prompts of a new plan's body, for the consultant to replace; `{agency}` stands for the office's name. */
export const TEMPLATE_PROMPTS = {
  situation: 'Wer ist die {agency}, wie viele Menschen arbeiten dort, welche Kundschaft kommt, was läuft schon gut?',
  approach: 'Wer hat die Checkliste bewertet, wann, und wie wurden die Einschätzungen abgestimmt?',
  nextSteps: 'Was bis zum nächsten Termin geschieht und wer es verantwortet.',
} as const;

const prompt = (text: string, agencyName: string) => `_${text.replace('{agency}', agencyName)}_`;

export function newPlanBody(agencyName: string): string {
  return `
## Ausgangslage

${prompt(TEMPLATE_PROMPTS.situation, agencyName)}

## Vorgehen bei der Standortbestimmung

${prompt(TEMPLATE_PROMPTS.approach, agencyName)}

Der Vorschlag der Maßnahmen folgt dem Bedarf je Kriterium (${NEED_FORMULA}). Der Punktwert eines Instruments ist die Summe der Bedarfe der Kriterien, die es adressiert.

## Nächste Schritte

${prompt(TEMPLATE_PROMPTS.nextSteps, agencyName)}
`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A paragraph that is one of the prompts, still unfilled (any office's name in it). */
const PROMPT_PARAGRAPH = new RegExp(
  `^[ \\t]*_(?:${Object.values(TEMPLATE_PROMPTS).map((p) => escapeRegExp(p).replace('\\{agency\\}', '[^\\n_]+?')).join('|')})_[ \\t]*$`,
  'gm',
);

/** Where unfilled prompts of the template stand in `body` (offsets into it). */
export function templatePrompts(body: string): { start: number; end: number }[] {
  return [...body.matchAll(PROMPT_PARAGRAPH)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/** `body` without unfilled prompts, and without the headings that are left with nothing under them. */
export function withoutTemplatePrompts(body: string): string {
  return body
    .replace(PROMPT_PARAGRAPH, '')
    .split(/(?=^#{1,6}[ \t])/m)
    .filter((part, i, parts) => !isEmptySection(part, parts[i + 1]))
    .join('');
}

/** A heading with only blank lines under it, before a heading of the same or a higher level (or the end). */
function isEmptySection(part: string, next: string | undefined): boolean {
  const heading = /^(#{1,6})[ \t][^\n]*(?:\n|$)/.exec(part);
  if (!heading || part.slice(heading[0].length).trim()) return false;
  const nextLevel = next ? /^(#{1,6})/.exec(next)![1]!.length : 0;
  return !next || nextLevel <= heading[1]!.length;
}

export function planDocumentText(plan: PlanData, body = newPlanBody(plan.agency.name)): string {
  return `---\n${planFrontmatter(plan)}---\n${body}`;
}
