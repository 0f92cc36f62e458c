/**
 * `npm run bench`: times the core in Node and our canvas against a bare
 * React Flow page in Chromium, then overwrites docs/BENCHMARKS.md with the
 * numbers, the machine and the versions. Not a test: nothing here passes or
 * fails on speed.
 *
 * Options: `--rounds N` (browser rounds per page and size, default 5),
 * `--runs N` (core runs per step, default 7), `--no-browser`, `--no-core`,
 * `--sizes 2000,10000` (browser design sizes), `--only bundle` (print the
 * first-load JS table only; nothing is written), `--only layout` (print the
 * layout section and its targets rows only: Node, in-page and small edits;
 * nothing is written).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { build, preview, type PreviewServer } from 'vite';
import { serializeDesign } from '../src/io/index.ts';
import { buildBenchDesign } from '../bench/gen-design.ts';
import { runCoreBench, type CoreRow } from '../bench/core-bench.ts';
import { runBrowserBench, type BenchDesign, type RoundResult } from '../bench/browser-bench.ts';
import { browserTargets, coreTargets, renderTargets } from '../bench/targets.ts';
import { renderReport, type Environment } from '../bench/report.ts';
import { readingOf } from '../bench/reading.ts';
import { bundleTarget, renderBundleSection, runBundleSizeBench } from '../bench/bundle-size.ts';
import { runIncrementalBench, runLayoutNodeBench } from '../bench/layout-bench.ts';
import { runLayoutPageBench } from '../bench/layout-page.ts';
import { layoutTargets, renderLayoutSection, type LayoutBench } from '../bench/layout-report.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = argv.indexOf(name);
  const value = i >= 0 ? Number(argv[i + 1]) : fallback;
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const ROUNDS = option('--rounds', 5);
const RUNS = option('--runs', 7);
const BROWSER = !argv.includes('--no-browser');
const CORE = !argv.includes('--no-core');
const ONLY = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const sizesArg = argv.includes('--sizes') ? argv[argv.indexOf('--sizes') + 1] : undefined;
const BROWSER_SIZES = (sizesArg ?? '2000,10000').split(',').map(Number).filter(Boolean);
/** Above this size "select all + move" is left out (it is not a target there). */
const SELECT_ALL_UP_TO = 2000;

function packageVersion(name: string): string {
  const file = join(root, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function environment(chromium: string): Environment {
  const model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1];
  let nproc = cpus().length;
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || nproc;
  } catch {
    // nproc missing: the Node count will do
  }
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpus: nproc,
    cpuModel: model?.trim() ?? cpus()[0]?.model ?? 'unknown CPU',
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    chromium,
    packages: Object.fromEntries(
      ['react', '@xyflow/react', 'zustand', 'elkjs', 'vite'].map((p) => [p, packageVersion(p)]),
    ),
  };
}

function chromiumVersion(): string {
  try {
    return execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** Builds one Vite config into `outDir` and serves it on a free port. */
async function buildAndServe(configFile: string, outDir: string): Promise<PreviewServer> {
  await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return preview({
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
}

const urlOf = (server: PreviewServer, path = '/'): string => {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its URL');
  return new URL(path, url).href;
};

async function browserPart(): Promise<{ results: RoundResult[]; version: string }> {
  const tmp = mkdtempSync(join(tmpdir(), 'dag-bench-'));
  const servers: PreviewServer[] = [];
  try {
    const designs: BenchDesign[] = BROWSER_SIZES.map((size) => {
      const design = buildBenchDesign(size, 50, false);
      const path = join(tmp, `bench_${size}_tasks.dag.json`);
      writeFileSync(path, serializeDesign(design));
      return {
        path,
        tasks: design.tasks.length,
        edges: design.edges.length,
        selectAll: size <= SELECT_ALL_UP_TO,
      };
    });
    process.stdout.write('building the app and the bare page...\n');
    const ours = await buildAndServe(join(root, 'vite.config.ts'), join(tmp, 'app'));
    servers.push(ours);
    const bare = await buildAndServe(join(root, 'bench/vite.config.ts'), join(tmp, 'bare'));
    servers.push(bare);
    const { results, browserVersion } = await runBrowserBench(
      [
        { name: 'ours', url: urlOf(ours), nodeSelector: '.react-flow__node-task' },
        {
          name: 'bare',
          url: urlOf(bare, '/bare-flow.html'),
          nodeSelector: '.react-flow__node-default',
        },
      ],
      designs,
      ROUNDS,
    );
    return { results, version: browserVersion };
  } finally {
    // Never leave servers behind, whatever failed.
    for (const s of servers) await s.close().catch(() => undefined);
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Layout: Node (default ELK vs ours, small edits) and the app in Chromium (2,000 grouped tasks). */
async function layoutPart(): Promise<LayoutBench> {
  const large = buildBenchDesign(2000, 50);
  process.stdout.write(`layout: ${ROUNDS} rounds\n`);
  const node = await runLayoutNodeBench([buildBenchDesign(200, 20), large], ROUNDS);
  const incremental = await runIncrementalBench(large, ROUNDS);
  const tmp = mkdtempSync(join(tmpdir(), 'dag-layout-bench-'));
  let server: PreviewServer | null = null;
  try {
    const path = join(tmp, 'bench_2000_grouped.dag.json');
    writeFileSync(path, serializeDesign(large));
    process.stdout.write('building the app for the in-page layout...\n');
    server = await buildAndServe(join(root, 'vite.config.ts'), join(tmp, 'app'));
    const page = await runLayoutPageBench(urlOf(server), path, ROUNDS);
    return { node, incremental, page, pageTasks: large.tasks.length };
  } finally {
    await server?.close().catch(() => undefined);
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (ONLY === 'layout') {
    const layout = await layoutPart();
    process.stdout.write(
      `${renderLayoutSection(layout)}\n\n${renderTargets(layoutTargets(layout))}\n`,
    );
    return;
  }
  const bundle = await runBundleSizeBench(root);
  process.stdout.write(`${renderBundleSection(bundle)}\n`);
  if (ONLY === 'bundle') return;
  process.stdout.write(`core: ${RUNS} runs per step\n`);
  const core: CoreRow[] = CORE
    ? await runCoreBench(
        [buildBenchDesign(200, 20), buildBenchDesign(2000, 50), buildBenchDesign(10000, 50)],
        RUNS,
      )
    : [];
  const browser = BROWSER ? await browserPart() : { results: [], version: 'not run' };
  const layout = await layoutPart();
  const env = environment(browser.version === 'not run' ? chromiumVersion() : browser.version);
  const report = renderReport({
    env,
    core,
    browser: browser.results,
    browserDesigns: BROWSER_SIZES.map((size) => {
      const d = buildBenchDesign(size, 50, false);
      return { tasks: d.tasks.length, edges: d.edges.length };
    }),
    rounds: ROUNDS,
    sections: [renderBundleSection(bundle), renderLayoutSection(layout)],
    targets: renderTargets([
      ...browserTargets(browser.results),
      ...coreTargets(core),
      ...layoutTargets(layout),
      bundleTarget(bundle),
    ]),
    reading: readingOf(core, browser.results),
  });
  // Formatted like every other file, so `npm run lint` (prettier --check .) stays green.
  const target = join(root, 'docs/BENCHMARKS.md');
  const options = (await resolveConfig(target)) ?? {};
  writeFileSync(target, await format(report, { ...options, filepath: target }));
  process.stdout.write('wrote docs/BENCHMARKS.md\n');
}

main().catch((err: unknown) => {
  process.stderr.write(
    `bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
