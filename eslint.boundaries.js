/**
 * Which folder of src/ may import which: the layers of docs/ARCHITECTURE.md
 * as lint rules, so an import that runs back up fails `npm run lint`.
 * Enforced with ESLint's own `no-restricted-imports` (one config per folder);
 * eslint.boundaries.test.ts proves a wrong import is refused.
 */

/** Folder -> the other src/ folders its shipped code may import. */
export const ALLOWED_IMPORTS = {
  design: [],
  catalog: ['design'],
  model: ['design', 'catalog'],
  io: ['design', 'model'],
  export: ['design', 'catalog', 'model', 'io'],
  layout: ['design', 'model'],
  store: ['design', 'catalog', 'model', 'io', 'layout'],
  canvas: ['design', 'catalog', 'model', 'io', 'layout', 'store'],
  panels: ['design', 'catalog', 'model', 'io', 'export', 'store'],
  app: ['design', 'catalog', 'model', 'io', 'export', 'layout', 'store', 'canvas', 'panels'],
  deploy: ['design', 'catalog', 'model', 'io', 'export'],
  cli: ['design', 'catalog', 'model', 'io', 'export', 'deploy'],
  // Test support (in-process helpers): builders for the core, fake io for the CLI.
  testing: ['design', 'catalog', 'model', 'io', 'export', 'cli'],
};

/** The core runs in Node and the browser alike: no React, no canvas, no store. */
const CORE = new Set(['design', 'catalog', 'model', 'io', 'export']);
const FRAMEWORK = ['react', 'react-dom', '@xyflow/*', 'zustand', 'zundo'];

const FOLDERS = Object.keys(ALLOWED_IMPORTS);

/** Test code: what shipped code may never import. */
const TEST_CODE = ['**/testing/**', '**/tests/**', '**/e2e/**', '**/scripts/**', '**/*.test.*'];

function folderPatterns(folder, extra) {
  const allowed = new Set([folder, ...ALLOWED_IMPORTS[folder], ...extra]);
  // src/testing is refused to shipped code by TEST_CODE below, with its own message.
  return FOLDERS.filter((other) => other !== 'testing' && !allowed.has(other)).map((other) => ({
    group: [`**/${other}/**`, `**/${other}`],
    message: `src/${folder} may not import src/${other} (see ALLOWED_IMPORTS in eslint.boundaries.js and docs/ARCHITECTURE.md)`,
  }));
}

function rule(folder, { tests }) {
  // A test may also use the test support and the parser (to read its fixtures).
  const patterns = folderPatterns(folder, tests ? ['io'] : []);
  if (CORE.has(folder)) {
    patterns.push({ group: FRAMEWORK, message: 'the core stays framework-free (runs in Node)' });
  }
  if (!tests && folder !== 'testing') {
    patterns.push({ group: TEST_CODE, message: 'shipped code may not import test code' });
  }
  return ['error', { patterns }];
}

const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx'];

export const boundaries = FOLDERS.flatMap((folder) => [
  {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    ignores: TEST_FILES,
    rules: { 'no-restricted-imports': rule(folder, { tests: false }) },
  },
  {
    files: TEST_FILES.map((glob) => `src/${folder}/${glob}`),
    rules: { 'no-restricted-imports': rule(folder, { tests: true }) },
  },
]);
