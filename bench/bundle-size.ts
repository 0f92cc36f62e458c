/**
 * First-load JavaScript of the production build: what the browser must
 * fetch before the app runs (index.html's entry chunk and, transitively, the
 * chunks it imports statically, which Vite modulepreloads), gzipped one file
 * at a time as a server sends them. Everything reached only through
 * `import()` (the panels, the validator, the exporter, CodeMirror) or as a
 * worker URL (ELK) is lazy and listed apart. Bytes, not milliseconds: the
 * same commit always gives the same numbers, so this one can be a budget.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { TargetRow } from './targets.ts';

/** Issue 13's target: first-load JS at most 260 KB gzip. */
export const FIRST_LOAD_BUDGET_BYTES = 260 * 1024;

export interface ChunkSize {
  /** Output file, e.g. `assets/index-abc123.js`. */
  file: string;
  /** The source that names it in the manifest (entry module, dynamic import, worker). */
  source: string;
  raw: number;
  gzip: number;
}

export interface BundleSize {
  firstLoad: ChunkSize[];
  lazy: ChunkSize[];
  /** Sum of the first-load chunks' gzip sizes. */
  firstLoadGzip: number;
  budget: number;
}

/** The part of Vite's `.vite/manifest.json` read here. */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  /** Files the chunk refers to; a module worker (`new Worker(new URL(...))`) is one. */
  assets?: string[];
}

function sizeOf(outDir: string, file: string, source: string): ChunkSize {
  const bytes = readFileSync(join(outDir, file));
  return { file, source, raw: bytes.length, gzip: gzipSync(bytes).length };
}

const bySize = (a: ChunkSize, b: ChunkSize) => b.gzip - a.gzip || a.file.localeCompare(b.file);

/** Reads a build made with `build.manifest: true` in `outDir`. */
export function readBundleSize(outDir: string): BundleSize {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const first = new Set<string>();
  const visit = (key: string) => {
    if (first.has(key) || !manifest[key]) return;
    first.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const rows = Object.entries(manifest)
    .filter(([, chunk]) => chunk.file.endsWith('.js'))
    .map(([key, chunk]) => ({ key, size: sizeOf(outDir, chunk.file, key) }));
  // A worker built from its own module is an asset of the chunk that starts it: lazy too.
  const files = new Set(rows.map((r) => r.size.file));
  const workers = [...new Set(Object.values(manifest).flatMap((c) => c.assets ?? []))].filter(
    (f) => f.endsWith('.js') && !files.has(f),
  );
  const firstLoad = rows.filter((r) => first.has(r.key)).map((r) => r.size);
  const lazy = [
    ...rows.filter((r) => !first.has(r.key)).map((r) => r.size),
    ...workers.map((f) => sizeOf(outDir, f, `${chunkName(f)} (worker)`)),
  ];
  return {
    firstLoad: firstLoad.sort(bySize),
    lazy: lazy.sort(bySize),
    firstLoadGzip: firstLoad.reduce((sum, c) => sum + c.gzip, 0),
    budget: FIRST_LOAD_BUDGET_BYTES,
  };
}

/** Builds the app (vite.config.ts at `root`) into a temporary folder and measures it. */
export async function runBundleSizeBench(root: string): Promise<BundleSize> {
  const outDir = mkdtempSync(join(tmpdir(), 'dag-bundle-'));
  try {
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, manifest: true },
    });
    return readBundleSize(outDir);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** `assets/index-abc123.js` -> `index`: hashes change with every build. */
const chunkName = (file: string): string =>
  file
    .replace(/^.*\//, '')
    .replace(/-[\w-]{8}\.js$/, '')
    .replace(/\.js$/, '');

/** What a chunk is built from, when the manifest says (a shared chunk's key is only its name). */
const sourceNote = (source: string): string =>
  source.startsWith('_') ? '' : ` (\`${source.replace(/^.*node_modules\//, '')}\`)`;

/** Markdown: the first-load total against the budget, its chunks, then the largest lazy chunks. */
export function renderBundleTable(size: BundleSize, largestLazy = 8): string {
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const within = size.firstLoadGzip <= size.budget;
  const chunkRow = (kind: string, c: ChunkSize) =>
    row([`${kind}: ${chunkName(c.file)}${sourceNote(c.source)}`, kb(c.gzip), kb(c.raw)]);
  const lazyShown = size.lazy.slice(0, largestLazy);
  const lazyRest = size.lazy.slice(largestLazy);
  return [
    row(['Chunk', 'Gzip', 'Minified']),
    row(['---', '---:', '---:']),
    row([
      `**First-load JS** (${size.firstLoad.length} files; budget ${kb(size.budget)}: ${within ? 'within' : 'OVER'})`,
      `**${kb(size.firstLoadGzip)}**`,
      kb(size.firstLoad.reduce((sum, c) => sum + c.raw, 0)),
    ]),
    ...size.firstLoad.map((c) => chunkRow('first load', c)),
    ...lazyShown.map((c) => chunkRow('lazy', c)),
    ...(lazyRest.length > 0
      ? [
          row([
            `lazy: ${lazyRest.length} smaller chunks`,
            kb(lazyRest.reduce((sum, c) => sum + c.gzip, 0)),
            kb(lazyRest.reduce((sum, c) => sum + c.raw, 0)),
          ]),
        ]
      : []),
  ].join('\n');
}

/** The report's section: what is counted and how, then the table. */
export function renderBundleSection(size: BundleSize): string {
  return `## First-load JavaScript

The production build's JavaScript that index.html loads before the app runs
(the entry chunk and the chunks it imports statically), each file gzipped on
its own as a server sends it (Node zlib, default level), beside the largest
chunks loaded later with \`import()\` or as a worker (bench/bundle-size.ts;
\`npm run size\` checks the budget alone).

${renderBundleTable(size)}`;
}

/** Issue 13's first-load target, for the targets table. */
export function bundleTarget(size: BundleSize): TargetRow {
  const named = [
    ['CodeMirror', 'codemirror-setup'],
    ['ELK worker', 'layout-worker'],
  ] as const;
  const later = named.flatMap(([name, source]) => {
    const chunk = size.lazy.find((c) => c.source.includes(source));
    return chunk ? [`${name} ${kb(chunk.gzip)}`] : [];
  });
  return {
    target: 'First-load JS ≤ 260 KB gzip, code view, CodeMirror and ELK lazy',
    measured: `${kb(size.firstLoadGzip)} gzip${later.length ? ` (lazy: ${later.join(', ')})` : ''}`,
    met: size.firstLoadGzip <= size.budget,
  };
}
