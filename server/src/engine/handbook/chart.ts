// Where the model sites and partner offices are: a tile map of the sixteen Länder as static SVG, generated
// at build time, with a title and a description for assistive technology. Counts are written in each tile,
// so nothing depends on colour alone; the page's table carries the same data.
import { escapeHtml } from './html';
import { LAENDER } from './labels';

export interface MapEntry {
  bundesland: string;
  role: string;
  title: string;
}

const TILE = 96;
const GAP = 6;

export function bundeslandMap(entries: MapEntry[], id = 'karte-laender'): string {
  const columns = Math.max(...LAENDER.map((l) => l.column)) + 1;
  const rows = Math.max(...LAENDER.map((l) => l.row)) + 1;
  const width = columns * (TILE + GAP) + GAP;
  const height = rows * (TILE + GAP) + GAP;
  const tiles = LAENDER.map((land) => {
    const here = entries.filter((e) => e.bundesland === land.name);
    const models = here.filter((e) => e.role === 'modellstandort').length;
    const partners = here.length - models;
    const x = GAP + land.column * (TILE + GAP);
    const y = GAP + land.row * (TILE + GAP);
    const fill = models ? '#0b4f8a' : partners ? '#3a6f9e' : '#eef1f4';
    const ink = here.length ? '#ffffff' : '#3d4650';
    const lines = here.length ? [models ? `${models} M` : '', partners ? `${partners} P` : ''].filter(Boolean) : ['–'];
    return `<g><title>${escapeHtml(`${land.name}: ${here.length ? here.map((e) => e.title).join(', ') : 'kein Standort'}`)}</title><rect x="${x}" y="${y}" width="${TILE}" height="${TILE}" rx="6" fill="${fill}" stroke="#1b2733" stroke-width="1"/><text x="${x + TILE / 2}" y="${y + 34}" text-anchor="middle" font-size="22" font-weight="700" fill="${ink}">${land.short}</text>${lines.map((line, i) => `<text x="${x + TILE / 2}" y="${y + 60 + i * 20}" text-anchor="middle" font-size="17" fill="${ink}">${escapeHtml(line)}</text>`).join('')}</g>`;
  }).join('');
  const byLand = LAENDER.map((land) => ({ land, here: entries.filter((e) => e.bundesland === land.name) })).filter((x) => x.here.length);
  const description = byLand.length
    ? `${byLand.map(({ land, here }) => `${land.name}: ${here.map((e) => `${e.title} (${e.role === 'modellstandort' ? 'Modellstandort' : 'Partnerbehörde'})`).join(', ')}`).join('; ')}. Ohne Standort: ${LAENDER.filter((l) => !byLand.some((b) => b.land === l)).map((l) => l.name).join(', ') || 'keines'}.`
    : 'Es sind keine Standorte erfasst.';
  return `<svg class="laenderkarte" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-titel ${id}-beschreibung" font-family="system-ui, 'Segoe UI', Roboto, Arial, sans-serif"><title id="${id}-titel">Modellstandorte (M) und Partnerbehörden (P) nach Bundesland</title><desc id="${id}-beschreibung">${escapeHtml(description)}</desc>${tiles}</svg>`;
}
