// Rule 1: the frontmatter block exists, opens on the first line and is closed.
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';

export const frontmatterRule: Rule = {
  name: 'frontmatter',
  scope: 'document',
  check(document) {
    const problem = document.split.problem;
    if (!problem) return [];
    switch (problem.kind) {
      case 'missing': {
        const start = document.bom;
        const end = document.lines.lineEnd(document.lines.positionAt(start).line);
        return [
          diagnostic(document, [start, end], 'error', Codes.frontmatterMissing,
            'Der Kopfbereich (Frontmatter) fehlt. Jedes Dokument beginnt mit einer Zeile „---“, den YAML-Feldern (mindestens kind, id, title) und einer schließenden Zeile „---“.'),
        ];
      }
      case 'notAtTop':
        return [
          diagnostic(document, [problem.openStart, problem.openEnd], 'error', Codes.frontmatterNotAtTop,
            'Der Kopfbereich (Frontmatter) steht nicht am Anfang der Datei. Die Zeile „---“ muss die allererste Zeile sein; davor darf nichts stehen, auch keine Leerzeile.'),
        ];
      case 'unclosed':
        return [
          diagnostic(document, [problem.openStart, problem.openEnd], 'error', Codes.frontmatterUnclosed,
            'Der Kopfbereich (Frontmatter) wird nicht geschlossen. Nach den YAML-Feldern fehlt eine Zeile „---“.'),
        ];
    }
  },
};
