// The German words for the enumerated values of the schemas, as readers see them (handbook, plan, editor).

export const EFFORT: Record<string, string> = { niedrig: 'niedrig', mittel: 'mittel', hoch: 'hoch' };

export const PHASE: Record<string, string> = {
  vorintegration: 'Vorintegration',
  erstorientierung: 'Erstorientierung',
  etablierung: 'Etablierung',
};

export const SITE_ROLE: Record<string, string> = { modellstandort: 'Modellstandort', partnerbehoerde: 'Partnerbehörde' };

export const AUTHORITY: Record<string, string> = { stadt: 'Stadt', landeshauptstadt: 'Landeshauptstadt', landkreis: 'Landkreis' };

/** „in Sachsen“, „im Saarland“: the one Land whose name takes the article. */
export function inLand(land: string): string {
  return `${land === 'Saarland' ? 'im' : 'in'} ${land}`;
}

export const LEGAL_BASIS: Record<string, string> = {
  funktionspostfach: 'Funktionspostfach der Institution',
  amtstraeger: 'Kontakt in Ausübung des Amtes',
  einwilligung: 'mit Einwilligung veröffentlicht',
};

/** The form of a training or exchange offer (`angebot.format`). */
export const OFFER_FORMAT: Record<string, string> = { fachveranstaltung: 'Fachveranstaltung', lernevent: 'Lernevent', 'kollegiale-beratung': 'Kollegiale Beratung', schulung: 'Schulung' };

export const MEASURE_STATUS: Record<string, string> = { geplant: 'geplant', laufend: 'laufend', abgeschlossen: 'abgeschlossen', zurueckgestellt: 'zurückgestellt' };

/** The plan document's status on its title block. */
export const PLAN_STATUS: Record<string, string> = { entwurf: 'Entwurf', abgestimmt: 'Abgestimmt', beschlossen: 'Beschlossen' };

/** What the builder calls a measure of low effort that shows quickly (German plans say „Sofortmaßnahme“). */
export const QUICK_WIN = { one: 'Sofortmaßnahme', many: 'Sofortmaßnahmen', symbol: '★' } as const;

/** Where a checklist criterion comes from: the short mark beside it and the legend that explains the mark. */
export const CRITERION_ORIGIN: Record<string, { mark: string; legend: string }> = {
  checkliste: { mark: 'Checkliste', legend: 'Kriterium aus der Checkliste des Modellprojekts' },
  werkzeugkoffer: { mark: 'ergänzt', legend: 'vom Werkzeugkoffer ergänzt' },
};

/**
 * The kinds of personal datum that taking a question in (`frage neu`, „Frage aufnehmen“) finds in an incoming
 * question (engine/exchange/personalData.ts), with the German word that names each: in the marker, in the summary
 * and in the message of WK906.
 */
export const PERSONAL_DATUM = {
  name: 'Name',
  birthDate: 'Geburtsdatum',
  caseNumber: 'Aktenzeichen',
  customerNumber: 'Kundennummer',
  idDocument: 'Pass- oder Ausweisnummer',
  iban: 'IBAN',
  address: 'Anschrift',
  email: 'E-Mail-Adresse',
  phone: 'Telefonnummer',
} as const;

export type PersonalDatumKind = keyof typeof PERSONAL_DATUM;

/**
 * The markers with which the intake replaces a personal datum it found in the question, by the kind of datum
 * („[entfernen: Name]“); the intake writes them, the rule WK906 finds every one left before publication.
 */
export const INTAKE_MARKER = Object.fromEntries(
  Object.entries(PERSONAL_DATUM).map(([kind, label]) => [kind, `[entfernen: ${label}]`]),
) as Record<PersonalDatumKind, string>;
