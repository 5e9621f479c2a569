// The Stand of a plan's edition lies before the Standortbestimmung the plan rests on (WK1017): the plan was
// brought up to a new assessment, and the cover still names the old edition's day — a signed page that dates
// itself before its own content.
import { valuePlace } from '../parse/document';
import { dateLabel, isDay } from '../vocabulary/dates';
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';

export const editionDateRule: Rule = {
  name: 'edition-date',
  scope: 'document',
  check(document) {
    if (document.kind !== 'plan') return [];
    const edition = document.data?.edition as { date?: unknown } | undefined;
    const stand = edition?.date;
    const assessed = document.data?.assessed;
    if (!isDay(stand) || !isDay(assessed) || stand >= assessed) return [];
    const span = valuePlace(document, ['edition', 'date']);
    return span
      ? [diagnostic(document, span, 'warning', Codes.editionBeforeAssessment,
        `Der Stand dieser Fassung (${dateLabel(stand)}) liegt vor der Standortbestimmung vom ${dateLabel(assessed)}, auf der der Plan beruht. Tragen Sie unter „edition“ das Datum und die Version der neuen Fassung ein.`)]
      : [];
  },
};
