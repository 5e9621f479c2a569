// The Länder of the site map and the German text helpers of the handbook's templates (the words for the
// schemas' enumerated values are the vocabulary's, see engine/vocabulary/labels.ts).

/** The sixteen Länder: abbreviation and position in a tile map that follows their rough location. */
export const LAENDER: { name: string; short: string; column: number; row: number }[] = [
  { name: 'Schleswig-Holstein', short: 'SH', column: 2, row: 0 },
  { name: 'Hamburg', short: 'HH', column: 2, row: 1 },
  { name: 'Mecklenburg-Vorpommern', short: 'MV', column: 3, row: 1 },
  { name: 'Bremen', short: 'HB', column: 1, row: 1 },
  { name: 'Niedersachsen', short: 'NI', column: 1, row: 2 },
  { name: 'Sachsen-Anhalt', short: 'ST', column: 2, row: 2 },
  { name: 'Brandenburg', short: 'BB', column: 3, row: 2 },
  { name: 'Berlin', short: 'BE', column: 4, row: 2 },
  { name: 'Nordrhein-Westfalen', short: 'NW', column: 0, row: 3 },
  { name: 'Hessen', short: 'HE', column: 1, row: 3 },
  { name: 'Thüringen', short: 'TH', column: 2, row: 3 },
  { name: 'Sachsen', short: 'SN', column: 3, row: 3 },
  { name: 'Rheinland-Pfalz', short: 'RP', column: 0, row: 4 },
  { name: 'Bayern', short: 'BY', column: 2, row: 4 },
  { name: 'Baden-Württemberg', short: 'BW', column: 1, row: 5 },
  { name: 'Saarland', short: 'SL', column: 0, row: 5 },
];

/** „1 Instrument“, „2 Instrumente“. */
export function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('de-DE')} ${n === 1 ? one : many}`;
}

/** German list: „A, B und C“. */
export function joinGerman(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`;
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
export const byGerman = (a: string, b: string): number => collator.compare(a, b);
