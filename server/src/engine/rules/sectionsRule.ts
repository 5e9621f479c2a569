// Rule 7: the body has the `##` sections the schema of its kind requires (`x-sections`), in order, none empty,
// numbered where the schema asks for a numbered list.
import type { Diagnostic } from '../diagnostic';
import type { SectionInfo } from '../parse/markdown';
import type { LineIndex } from '../text/lineIndex';
import { didYouMean } from '../util/didYouMean';
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';

export const sectionsRule: Rule = {
  name: 'sections',
  scope: 'document',
  check(document, { schemas }) {
    // Only once the frontmatter is usable: a broken header would otherwise bury its own error under these.
    if (!document.kind || !document.split.block || !document.data) return [];
    // A body that was not read (WK106) has no sections to judge.
    if (document.body.unread) return [];
    const specs = schemas.sections(document.kind);
    if (specs.length === 0) return [];
    const findings: Diagnostic[] = [];
    const sections = document.body.sections;
    const byHeading = new Map<string, SectionInfo>();
    for (const section of sections) if (!byHeading.has(section.heading.text)) byHeading.set(section.heading.text, section);
    const requiredNames = specs.map((s) => s.heading);
    if (sections.length === 0) {
      // No body sections at all: one finding that lists the whole skeleton, not one per section.
      const block = document.split.block;
      const closeLine = document.lines.positionAt(block.closeEnd > block.contentEnd ? block.contentEnd : block.openStart).line;
      const span: [number, number] = [document.lines.offsetAt({ line: closeLine, character: 0 }), document.lines.lineEnd(closeLine)];
      return [diagnostic(document, span, 'error', Codes.sectionMissing,
        `Der Textteil hat keinen der Pflichtabschnitte. Erwartet: ${requiredNames.map((h) => `„## ${h}“`).join(', ')}.`,
        { missing: requiredNames, insertOffset: document.text.length })];
    }
    const strays = sections.filter((s) => !requiredNames.includes(s.heading.text));

    let lastIndex = -1;
    specs.forEach((spec, specIndex) => {
      const section = byHeading.get(spec.heading);
      if (!section) {
        const nearMiss = strays.find((s) => didYouMean(s.heading.text, [spec.heading]).length > 0);
        const following = specs.slice(specIndex + 1).map((s) => byHeading.get(s.heading)).find(Boolean);
        const insertAt = following ? following.heading.start : document.text.length;
        const anchor = nearMiss?.heading ?? following?.heading;
        const span: [number, number] = anchor
          ? [anchor.start, document.lines.lineEnd(document.lines.positionAt(anchor.start).line)]
          : lastLineSpan(document.text, document.lines);
        const hint = nearMiss ? ` Meinten Sie mit „${nearMiss.heading.text}“ diesen Abschnitt?` : '';
        findings.push(diagnostic(document, span, 'error', Codes.sectionMissing,
          `Der Abschnitt „## ${spec.heading}“ fehlt. ${spec.description}${hint}`,
          { missing: [spec.heading], insertOffset: insertAt, ...(nearMiss ? { suggestions: [spec.heading], replaceHeading: nearMiss.heading.text } : {}) }));
        return;
      }
      const headingSpan: [number, number] = [section.heading.start, section.heading.end];
      const position = sections.indexOf(section);
      if (position < lastIndex) {
        findings.push(diagnostic(document, headingSpan, 'warning', Codes.sectionOrder,
          `Der Abschnitt „${spec.heading}“ steht an der falschen Stelle. Reihenfolge: ${requiredNames.join(' → ')}.`));
      }
      lastIndex = Math.max(lastIndex, position);
      if (section.empty) {
        findings.push(diagnostic(document, headingSpan, 'error', Codes.sectionEmpty, `Der Abschnitt „${spec.heading}“ ist leer. ${spec.description}`));
      } else if (spec.format === 'ordered-list' && !section.hasOrderedList) {
        findings.push(diagnostic(document, headingSpan, 'warning', Codes.sectionFormat,
          `Der Abschnitt „${spec.heading}“ soll eine nummerierte Liste sein (1. …, 2. …).`));
      }
    });
    return findings;
  },
};

function lastLineSpan(text: string, lines: LineIndex): [number, number] {
  let line = lines.lineCount - 1;
  // A final line break leaves an empty last line; report on the last line with text.
  while (line > 0 && lines.lineText(line).trim() === '') line--;
  const range = lines.lineRange(line);
  return [lines.offsetAt(range.start), lines.offsetAt(range.end)];
}
