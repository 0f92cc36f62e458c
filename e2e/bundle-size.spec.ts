/**
 * The first-load budget (issue 13: at most 260 KB gzip of JavaScript before
 * the app runs), checked on the very build the journeys run against, so
 * `npm test` holds it without building twice. `npm run size` is the same
 * check alone, with the whole table.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { kb, readBundleSize } from '../bench/bundle-size.ts';
import { OUT_DIR } from '../playwright.config.ts';

test('first-load JS stays within the budget; the rest loads with import()', () => {
  test.skip(
    !existsSync(join(OUT_DIR, '.vite/manifest.json')),
    'E2E_REUSE_SERVER=1 against a build without its manifest',
  );
  const size = readBundleSize(OUT_DIR);
  const chunks = size.firstLoad.map((c) => `${c.file} ${kb(c.gzip)}`).join(', ');
  expect(
    size.firstLoadGzip,
    `first-load JS is ${kb(size.firstLoadGzip)} gzip (${chunks}); load what the first paint does not need with import()`,
  ).toBeLessThanOrEqual(size.budget);
  // CodeMirror (the biggest of them) is its own chunk, loaded on first use.
  expect(size.lazy.map((c) => c.source)).toContain('src/panels/code/codemirror-setup.ts');
});
