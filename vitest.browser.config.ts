import { defineConfig } from 'vitest/config';

// The browser tests (npm run test:browser): headless Chromium against the
// built docs site and the built root entry. Apart from `npm test`, because
// they need `npm run docs`, `npm run build` and /usr/bin/chromium first.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
