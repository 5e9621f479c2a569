// Synthetic measure plans for the `plan report` and `portfolio` benchmarks: the example plan's head (agency,
// assessments, reporting) with generated measures, each with its dated updates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXAMPLE_PLAN = join('toolbox', 'plaene', 'plan-stadt-musterstadt.md');

/** The example plan up to `measures:` (its frontmatter head) and its body after the closing `---`. */
function examplePlanParts(root: string): { head: string; body: string } {
  const text = readFileSync(join(root, EXAMPLE_PLAN), 'utf8');
  const measuresAt = text.indexOf('\nmeasures:\n');
  const closeAt = text.indexOf('\n---\n', measuresAt);
  return { head: text.slice(0, measuresAt + 1), body: text.slice(closeAt + 1) };
}

function month(index: number): string {
  return `${2027 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function day(start: number, offset: number): string {
  const date = new Date(Date.UTC(2027, 0, 1) + (start * 30 + offset) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

function measure(instrument: string, index: number, updates: number): string {
  const start = index % 12;
  const lines = [
    `  - instrument: ${instrument}`,
    `    owner: Leitung der Ausländerbehörde`,
    `    start: ${month(start)}`,
    `    due: ${month(start + 6)}`,
    `    status: geplant`,
    `    updates:`,
  ];
  for (let u = 0; u < updates; u++) lines.push(`      - date: ${day(start, u * 3 + 1)}`, `        status: laufend`);
  lines.push(`    origin: vorschlag`);
  return lines.join('\n');
}

/** A plan with `measures` measures (instruments taken in turn from `instruments`) of `updates` updates each. */
export function syntheticPlan(root: string, id: string, instruments: string[], measures: number, updates: number): string {
  const { head, body } = examplePlanParts(root);
  const generated = Array.from({ length: measures }, (_, i) => measure(instruments[i % instruments.length]!, i, updates));
  return `${head.replace(/^id: .*$/m, `id: ${id}`)}measures:\n${generated.join('\n')}\n${body}`;
}

/** The length of a plan's frontmatter (between the two `---` lines), as the frontmatter limit counts it. */
export function frontmatterLength(text: string): number {
  return text.indexOf('\n---', 3) - 4;
}
