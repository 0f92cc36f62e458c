import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleTarget, readBundleSize, renderBundleTable } from '../../bench/bundle-size.ts';

/** A build folder as Vite writes it with `build.manifest: true`. */
function fakeBuild(files: Record<string, string>, manifest: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-size-test-'));
  mkdirSync(join(dir, '.vite'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, '.vite/manifest.json'), JSON.stringify(manifest));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

const text = (seed: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${seed}${i};`).join('');

describe('first-load JS from the build manifest', () => {
  const files = {
    'assets/index-AAAAAAAA.js': text('entry', 400),
    'assets/shared-BBBBBBBB.js': text('shared', 200),
    'assets/deep-CCCCCCCC.js': text('deep', 100),
    'assets/panel-DDDDDDDD.js': text('panel', 300),
    'assets/worker-EEEEEEEE.js': text('worker', 50),
    'assets/index-FFFFFFFF.css': text('css', 50),
  };
  const dir = fakeBuild(files, {
    'index.html': {
      file: 'assets/index-AAAAAAAA.js',
      isEntry: true,
      imports: ['_shared-BBBBBBBB.js'],
      dynamicImports: ['src/Panel.tsx'],
      css: ['assets/index-FFFFFFFF.css'],
    },
    '_shared-BBBBBBBB.js': { file: 'assets/shared-BBBBBBBB.js', imports: ['_deep-CCCCCCCC.js'] },
    '_deep-CCCCCCCC.js': { file: 'assets/deep-CCCCCCCC.js' },
    'src/Panel.tsx': {
      file: 'assets/panel-DDDDDDDD.js',
      isDynamicEntry: true,
      imports: ['_shared-BBBBBBBB.js'],
    },
    'node_modules/x/worker.js?url': { file: 'assets/worker-EEEEEEEE.js' },
    'index-FFFFFFFF.css': { file: 'assets/index-FFFFFFFF.css' },
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const gz = (file: keyof typeof files) => gzipSync(files[file]).length;

  it('counts the entry and its static imports, transitively; import() and workers are lazy', () => {
    const size = readBundleSize(dir);
    expect(size.firstLoad.map((c) => c.file).sort()).toEqual([
      'assets/deep-CCCCCCCC.js',
      'assets/index-AAAAAAAA.js',
      'assets/shared-BBBBBBBB.js',
    ]);
    expect(size.lazy.map((c) => c.file)).toEqual([
      'assets/panel-DDDDDDDD.js',
      'assets/worker-EEEEEEEE.js',
    ]);
    expect(size.firstLoadGzip).toBe(
      gz('assets/index-AAAAAAAA.js') +
        gz('assets/shared-BBBBBBBB.js') +
        gz('assets/deep-CCCCCCCC.js'),
    );
  });

  it('counts a module worker (an asset of the chunk that starts it) as lazy', () => {
    const withWorker = fakeBuild(
      { 'assets/index-AAAAAAAA.js': text('entry', 10), 'assets/layout-worker-GGGGGGGG.js': 'w' },
      {
        'index.html': {
          file: 'assets/index-AAAAAAAA.js',
          isEntry: true,
          assets: ['assets/layout-worker-GGGGGGGG.js'],
        },
      },
    );
    try {
      const size = readBundleSize(withWorker);
      expect(size.lazy.map((c) => c.file)).toEqual(['assets/layout-worker-GGGGGGGG.js']);
      expect(bundleTarget(size).measured).toMatch(/lazy: ELK worker \d/);
    } finally {
      rmSync(withWorker, { recursive: true, force: true });
    }
  });

  it('renders the total against the budget, then the chunks without their hashes', () => {
    const size = readBundleSize(dir);
    const table = renderBundleTable({ ...size, budget: 1 });
    expect(table).toContain('budget 0.0 KB: OVER');
    expect(table).toContain('| first load: index (`index.html`) |');
    expect(table).toContain('| first load: shared |');
    expect(table).toContain('| lazy: panel (`src/Panel.tsx`) |');
    expect(table).toContain('| lazy: worker (`x/worker.js?url`) |');
    expect(renderBundleTable(size)).toContain('budget 260.0 KB: within');
  });

  it('gives the targets table its row: met within the budget, missed over it', () => {
    const size = readBundleSize(dir);
    expect(bundleTarget(size)).toMatchObject({ met: true });
    expect(bundleTarget(size).measured).toMatch(/^\d+\.\d KB gzip$/);
    expect(bundleTarget({ ...size, budget: 1 }).met).toBe(false);
  });
});
