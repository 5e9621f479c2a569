// Ids: the stable names documents and criteria go by (and the file name of a document). The pattern and the
// length are the schema's (`common.schema.json#/$defs/id`), so a rename, a new document and the check agree.
import commonSchema from '../../../../schemas/common.schema.json';

export const ID_PATTERN = new RegExp(commonSchema.$defs.id.pattern);
export const ID_MAX_LENGTH = commonSchema.$defs.id.maxLength;

export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= ID_MAX_LENGTH && ID_PATTERN.test(value);
}

/** An id from German text, as the toolbox writes ids: lower case, umlauts and ß transliterated, hyphens. */
export function slugify(text: string, maxLength = ID_MAX_LENGTH): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

/** A plan id from the agency's name: lowercase, umlauts transliterated. */
export function planId(agencyName: string): string {
  return slugify(`plan-${slugify(agencyName) || 'behoerde'}`);
}

/** The sixteen Länder, as the schemas spell them. */
export const BUNDESLAENDER: readonly string[] = commonSchema.$defs.bundesland.enum;

/** How long a document's title may be (`common.schema.json#/$defs/title`). */
export const TITLE_LENGTH = { min: commonSchema.$defs.title.minLength, max: commonSchema.$defs.title.maxLength } as const;
