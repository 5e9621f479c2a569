import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/src/**/*.test.ts', 'extension/src/**/*.test.ts', 'tests/**/*.test.ts'],
    // The real-editor suite runs inside VS Code's extension host (tests/vscode/run.mjs), not in Vitest.
    exclude: ['tests/vscode/suite/**', 'node_modules/**'],
    globalSetup: ['tests/setup/build.ts', 'tests/setup/debianTools.ts'],
    // Vitest hands every style sheet over empty unless told otherwise, even one imported as text
    // (`?raw`, the handbook's own CSS); those must reach the tests as they reach the bundles.
    css: { include: [/\?raw$/] },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
