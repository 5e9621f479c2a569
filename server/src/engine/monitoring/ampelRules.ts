// The Ampel as readers see it: a word, a symbol and a colour, and the rules that decide it, in German. The
// report, the README and the editor show these texts; the rules themselves are computed in ampel.ts.
import type { MeasureStatus } from '../vocabulary';
import type { Ampel } from './statusReport';

export interface AmpelLabel {
  /** The colour's name, so that no information rests on the colour alone. */
  colour: string;
  /** What the Ampel means. */
  word: string;
  /** A shape that reads in black and white. */
  symbol: string;
}

export const AMPEL: Record<Ampel, AmpelLabel> = {
  gruen: { colour: 'grün', word: 'im Plan', symbol: '●' },
  gelb: { colour: 'gelb', word: 'Verzug droht', symbol: '▲' },
  rot: { colour: 'rot', word: 'überfällig', symbol: '■' },
};

/** Red for a measure that was put back: it stopped without a recorded decision (it cannot be overdue). */
export const STOPPED_WORD = 'ohne Entscheidung gestoppt';

/** The Ampels in the order the report counts and explains them. */
export const AMPEL_ORDER: Ampel[] = ['gruen', 'gelb', 'rot'];

/** The word for one measure's Ampel: red and zurückgestellt means stopped, every other red is overdue. */
export function ampelWord(ampel: Ampel, status: MeasureStatus): string {
  return ampel === 'rot' && status === 'zurueckgestellt' ? STOPPED_WORD : AMPEL[ampel].word;
}

/** The rules, one sentence per case that gives the Ampel. */
export const AMPEL_RULES: Record<Ampel, string[]> = {
  gruen: [
    'Die Maßnahme ist abgeschlossen.',
    'Sie läuft im Zeitplan: Kein Meilenstein ist über seinen Monat hinaus offen, und ihr Ende ist nicht überschritten.',
    'Sie ist geplant, und ihr geplanter Beginn liegt noch nach dem Stichtag.',
  ],
  gelb: [
    'Ein Meilenstein ist über seinen Monat hinaus nicht erreicht.',
    'Ihr Ende liegt innerhalb eines Monats nach dem Stichtag, und sie läuft noch nicht.',
    'Sie ist noch geplant, obwohl ihr geplanter Beginn verstrichen ist.',
    'Sie ist zurückgestellt, und die Entscheidung dazu ist mit Datum und Begründung festgehalten.',
  ],
  rot: [
    'Ihr Ende ist am Stichtag überschritten, und sie ist weder abgeschlossen noch zurückgestellt (überfällig).',
    `Sie ist zurückgestellt, ohne dass eine datierte Aktualisierung mit Begründung die Entscheidung festhält (${STOPPED_WORD}).`,
  ],
};

/** How a month counts, as the rules read it. */
export const AMPEL_MONTH_RULE = 'Ein Monat zählt bis zu seinem letzten Tag: Eine Maßnahme mit Ende Juni 2027 ist ab dem 1. Juli 2027 überfällig.';
