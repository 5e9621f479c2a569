import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/src/**/*.test.ts', 'tests/**/*.test.ts'],
    // The real-editor suite runs inside VS Code's extension host (tests/vscode/run.mjs), not in Vitest.
    exclude: ['tests/vscode/**', 'node_modules/**'],
    globalSetup: ['tests/setup/build.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
