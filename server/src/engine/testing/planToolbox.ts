// Test support: a small toolbox whose scores, ties and prerequisites the plan builder tests know by heart.
import type { Assessment } from '../plan/model';
import { instrumentBody } from './fixtures';
import { workspace } from './memoryWorkspace';

export const eckpunkt = `---
kind: eckpunkt
id: binnenorganisation
title: Binnenorganisation
order: 2
wording: Die Binnenorganisation der Willkommensbehörde ist auf die Bedarfe der Kundinnen/Kunden ausgerichtet.
summary: Die Abläufe der Behörde sind auf die Bedarfe ihrer Kundinnen und Kunden ausgerichtet.
criteria:
  - id: k-a
    text: Kriterium A der Checkliste mit genug Text.
    origin: checkliste
  - id: k-b
    text: Kriterium B der Checkliste mit genug Text.
    origin: werkzeugkoffer
  - id: k-c
    text: Kriterium C der Checkliste mit genug Text.
    origin: werkzeugkoffer
  - id: k-d
    text: Kriterium D der Checkliste mit genug Text.
    origin: werkzeugkoffer
sources:
  - { title: Dokumentation des Modellprojekts }
---

## Leitgedanke

Text.

## Ansatzpunkte

Text.
`;

export function instrument(id: string, addresses: string[], effort: string, weeks: number, requires: string[] = []): string {
  return `---
kind: instrument
id: ${id}
title: Instrument ${id.toUpperCase()}
eckpunkt: binnenorganisation
summary: Ein Instrument für die Tests des Planbaukastens mit genug Text.
addresses: [${addresses.join(', ')}]
phase: [erstorientierung]
effort: ${effort}
duration_weeks: ${weeks}
${requires.length ? `requires: [${requires.join(', ')}]\n` : ''}roles: [Sachbearbeitung, Personalrat]
sources:
  - title: Eine Quelle des Modellprojekts
---
${instrumentBody}`;
}

export function toolbox(extra: Record<string, string> = {}) {
  return workspace({
    'eckpunkte/binnenorganisation.md': eckpunkt,
    // score with the assessment below: a = 20, b = 15, c = 10, d = unscored
    'instrumente/alpha.md': instrument('alpha', ['k-a'], 'hoch', 20), // 20
    'instrumente/beta.md': instrument('beta', ['k-b', 'k-c'], 'mittel', 8, ['gamma']), // 25
    'instrumente/gamma.md': instrument('gamma', ['k-d'], 'niedrig', 4), // 0: only pulled in as prerequisite
    'instrumente/delta.md': instrument('delta', ['k-a'], 'niedrig', 12), // 20, lower effort than alpha
    'instrumente/epsilon.md': instrument('epsilon', ['k-a'], 'niedrig', 6), // 20, shorter than delta
    'instrumente/zeta.md': instrument('zeta', ['k-d'], 'mittel', 4), // 0: not proposed
    ...extra,
  });
}

export const assessment: Assessment = {
  'k-a': { status: 1, relevance: 5 },
  'k-b': { status: 2, relevance: 5 },
  'k-c': { status: 3, relevance: 5 },
  'k-d': { status: 'unbekannt', relevance: 4 },
};

