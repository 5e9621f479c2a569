// sitemap.xml: every page a reader may land on (not the search page, not the 404 page).
import { escapeHtml } from './html';
import type { SiteModel } from './model';
import { PATHS } from './routes';

export function renderSitemap(model: SiteModel, baseUrl?: string): string {
  const base = baseUrl ? (baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`) : '/';
  const urls = [...model.pages.values()]
    .filter((p) => p.path !== PATHS.search && p.path !== PATHS.notFound)
    .map((p) => `  <url><loc>${escapeHtml(`${base}${p.path === PATHS.start ? '' : p.path}`)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
