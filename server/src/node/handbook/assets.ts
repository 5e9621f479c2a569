// The handbook's own assets: style sheet, search script and icon, kept as real files beside this one and
// bundled as text (the `?raw` suffix: esbuild's plugin in scripts/esbuildOptions.mjs, Vite's own in the tests).
// System fonts only; nothing is loaded from another host.
export { default as HANDBOOK_CSS } from './assets/handbuch.css?raw';
export { default as SEARCH_JS } from './assets/suche.js?raw';
export { default as FAVICON_SVG } from './assets/favicon.svg?raw';
