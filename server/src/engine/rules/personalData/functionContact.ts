// What a contact published under the legal basis `funktionspostfach` must look like: a mailbox of the
// institution (not at a freemail provider, not named after a person) and a number of the institution (no
// mobile number). The lists below are the only place these judgements are kept.

/** Freemail providers under any country ending (`gmx.de`, `gmx.net`, `yahoo.co.uk`). */
const FREEMAIL_NAMES = new Set(['gmx', 'yahoo', 'outlook', 'hotmail', 'live', 'aol', 'posteo', 'proton', 'protonmail', 'tutanota', 'yandex']);
/** Freemail domains that exist under one ending only. */
const FREEMAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'web.de', 't-online.de', 'icloud.com', 'me.com', 'mac.com', 'msn.com', 'ymail.com',
  'rocketmail.com', 'freenet.de', 'mailbox.org', 'arcor.de', 'email.de', 'mail.de', 'online.de', 'vodafonemail.de',
  'kabelmail.de', 'magenta.de', 'mail.com', 'mail.ru', 'pm.me', 'tuta.io', 'tuta.com', 'tutamail.com', 'zoho.com',
]);
/** Second-level endings under which providers also register (`yahoo.co.uk`, `outlook.com.au`). */
const SECOND_LEVEL = new Set(['co', 'com']);

/** The freemail domain of an address's domain part, or undefined for an institution's own domain. */
export function freemailDomain(domain: string): string | undefined {
  const name = domain.toLowerCase().replace(/\.$/, '');
  if (FREEMAIL_DOMAINS.has(name)) return name;
  const labels = name.split('.');
  const ending = labels.slice(1);
  const anyEnding = ending.length === 1 || (ending.length === 2 && SECOND_LEVEL.has(ending[0]!));
  return FREEMAIL_NAMES.has(labels[0]!) && anyEnding ? name : undefined;
}

// Words that name a task, a place or an office, never a person: `integration.kreis`, `info.abh` are function mailboxes.
const FUNCTION_WORDS = new Set([
  'info', 'kontakt', 'post', 'poststelle', 'postfach', 'mail', 'email', 'service', 'buergerservice', 'bürgerservice',
  'team', 'office', 'buero', 'büro', 'sekretariat', 'zentrale', 'presse', 'redaktion', 'verwaltung', 'amt', 'abh',
  'auslaenderbehoerde', 'ausländerbehörde', 'auslaenderamt', 'ausländeramt', 'integration', 'integrationsbeauftragte',
  'migration', 'welcome', 'willkommen', 'center', 'centre', 'zentrum', 'beratung', 'fachkraefte', 'fachkräfte',
  'einbuergerung', 'einbürgerung', 'termin', 'termine', 'anfrage', 'anfragen', 'support', 'kreis', 'landkreis', 'stadt',
  'gemeinde', 'landratsamt', 'rathaus', 'webmaster', 'noreply', 'bewerbung', 'koordination', 'leitung', 'projekt',
  'netzwerk', 'geschaeftsstelle', 'geschäftsstelle', 'feedback', 'barrierefreiheit', 'datenschutz', 'referat',
  'abteilung', 'fachbereich', 'fachdienst', 'sachgebiet', 'ordnungsamt', 'buergeramt', 'bürgeramt', 'jobcenter',
  'agentur', 'servicepoint', 'servicestelle', 'anlaufstelle', 'ehrenamt', 'hotline',
]);
// A given name or family name: letters, possibly double-barrelled (`anna-lena`, `müller-lüdenscheidt`).
const NAME = /^\p{L}+(?:-\p{L}+)?$/u;

/**
 * Whether a local part is shaped like a person's name: `anna.muster`, `a.muster`, `anna_muster`,
 * `anna.maria.muster` — two or three names, the last of at least two letters, none of them a function word.
 */
export function looksLikePersonName(local: string): boolean {
  const parts = local.toLowerCase().split(/[._]/);
  if (parts.length < 2 || parts.length > 3) return false;
  if (!parts.every((part) => NAME.test(part)) || parts[parts.length - 1]!.length < 2) return false;
  return !parts.some((part) => part.split('-').some((word) => FUNCTION_WORDS.has(word)));
}

/** The German mobile prefix (`0172`) of a number, also written `+49 172`, `+49 (0) 172` or `0049 172`; undefined for other numbers. */
export function germanMobilePrefix(number: string): string | undefined {
  const compact = number.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  let national: string;
  if (compact.startsWith('+49')) national = compact.slice(3);
  else if (compact.startsWith('0049')) national = compact.slice(4);
  else if (compact.startsWith('0') && !compact.startsWith('00')) national = compact.slice(1);
  else return undefined;
  // `+49 0172 …` keeps the trunk zero it should have dropped.
  if (national.startsWith('0')) national = national.slice(1);
  const prefix = /^1[5-7]\d/.exec(national);
  return prefix ? `0${prefix[0]}` : undefined;
}
