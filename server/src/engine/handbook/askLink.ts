// „Frage stellen“: a plain link, no script and no request to another host. Where the publisher set an
// issue-form URL template (build setting `questionUrl`, CLI `--question-url`), it opens that form with the
// instrument filled in; otherwise a `mailto:` to the publisher's function mailbox from the Impressum's data. Both
// give a question the same subject („Frage zum Instrument „Terminsystem““), which the intake (exchange/incoming.ts)
// reads back wherever it stands in the pasted text.
import type { ParsedDocument } from '../parse/document';
import { escapeHtml, records, str } from './html';
import { documentTitle, type SiteModel } from './model';
import { quoted } from '../vocabulary/quoted';
import { INSTRUMENT_PLACEHOLDER } from '../vocabulary/questionUrl';

export { INSTRUMENT_PLACEHOLDER };

/**
 * The placeholder for the question's subject, URL-encoded: „Frage zum Instrument „Terminsystem““ on an instrument's
 * page, „Frage zum Werkzeugkoffer Willkommensbehörde“ on the overview (for GitLab's `issue[title]` and
 * `issue[description]`, which GitLab appends to the template).
 */
export const TITLE_PLACEHOLDER = '{titel}';

/** The field id of the issue forms (.github/ISSUE_TEMPLATE/frage.yml) that the template's parameter fills. */
export const QUESTION_FORM_FIELD = 'instrument';

/** The publisher's function mailbox: the first Impressum contact with an e-mail and the legal basis „Funktionspostfach“. */
export function publisherMailbox(model: Pick<SiteModel, 'purposes'>): string | undefined {
  const impressum = model.purposes.get('impressum');
  const contact = records(impressum?.data?.contacts).find((c) => str(c.legal_basis) === 'funktionspostfach' && /^[^\s<>"'?&]+@[^\s<>"'?&]+$/.test(str(c.email) ?? ''));
  return contact && str(contact.email);
}

/** What the pre-filled e-mail says: what to write, and what not (no personal data of clients). */
export function mailBody(instrument?: ParsedDocument): string {
  return [
    'Guten Tag,',
    '',
    `ich habe eine Frage ${instrument ? `zum Instrument ${quoted(documentTitle(instrument))} des Werkzeugkoffers Willkommensbehörde` : 'zum Werkzeugkoffer Willkommensbehörde'}.`,
    '',
    'Meine Frage:',
    '',
    '',
    'Art unserer Behörde (Stadt, Landeshauptstadt oder Landkreis):',
    'Bundesland:',
    '',
    'Bitte schreiben Sie, was Sie vorhaben und woran es hakt. Nennen Sie keine Namen, Aktenzeichen oder andere personenbezogene Daten von Kundinnen und Kunden, auch nicht von Kolleginnen und Kollegen.',
  ].join('\n');
}

/** The subject of a question, in the e-mail and in the issue's title. */
export function questionSubject(instrument?: ParsedDocument): string {
  return instrument ? `Frage zum Instrument ${quoted(documentTitle(instrument))}` : 'Frage zum Werkzeugkoffer Willkommensbehörde';
}

/**
 * The question form's address for an instrument, or for none (the overview): the placeholders filled in, URL-encoded.
 * Without an instrument, a query parameter that says more than `{instrument}` („issue[title]=Frage zum Instrument
 * {instrument}“) would be left as a phrase about nothing; it gets the general subject instead, while a parameter
 * that is the bare placeholder (the GitHub form's field `instrument`) stays empty.
 */
export function questionFormHref(template: string, instrument?: ParsedDocument): string {
  const subject = encodeURIComponent(questionSubject(instrument));
  const name = instrument ? encodeURIComponent(documentTitle(instrument)) : '';
  const fill = (text: string) => text.split(TITLE_PLACEHOLDER).join(subject).split(INSTRUMENT_PLACEHOLDER).join(name);
  const query = template.indexOf('?');
  if (instrument || query < 0) return fill(template);
  const hash = template.indexOf('#', query);
  const end = hash < 0 ? template.length : hash;
  const parameters = template.slice(query + 1, end).split('&').map((parameter) => {
    const equals = parameter.indexOf('=');
    if (equals < 0 || !parameter.includes(INSTRUMENT_PLACEHOLDER, equals)) return parameter;
    const phrase = parameter.slice(equals + 1).split(INSTRUMENT_PLACEHOLDER).join('') !== '';
    return phrase ? `${parameter.slice(0, equals + 1)}${TITLE_PLACEHOLDER}` : parameter;
  });
  return fill(`${template.slice(0, query + 1)}${parameters.join('&')}${template.slice(end)}`);
}

/** The href of „Frage stellen“ (not escaped for HTML), or undefined when there is neither a template nor a mailbox. */
export function questionHref(model: Pick<SiteModel, 'purposes'>, questionUrl: string | undefined, instrument?: ParsedDocument): string | undefined {
  if (questionUrl) return questionFormHref(questionUrl, instrument);
  const mailbox = publisherMailbox(model);
  if (!mailbox) return undefined;
  return `mailto:${mailbox}?subject=${encodeURIComponent(questionSubject(instrument))}&body=${encodeURIComponent(mailBody(instrument))}`;
}

/** The „Frage stellen“ block of an instrument page or the question overview. */
export function askBlock(model: Pick<SiteModel, 'purposes'>, questionUrl: string | undefined, instrument?: ParsedDocument): string {
  const href = questionHref(model, questionUrl, instrument);
  if (!href) return '';
  const how = questionUrl ? 'Der Link öffnet das Formular für Fragen' : 'Der Link öffnet eine vorbereitete E-Mail an die Redaktion';
  return `<p class="frage-stellen"><a class="knopf" href="${escapeHtml(href)}">Frage stellen</a> <span class="nebensache">${how}${instrument ? `, das Instrument ist schon eingetragen` : ''}. Bitte nennen Sie keine personenbezogenen Daten von Kundinnen und Kunden.</span></p>`;
}
