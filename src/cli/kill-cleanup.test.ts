/**
 * Issue 10, item 4: an export killed with SIGKILL before its rename leaves a
 * `.<dir>.partial-XXXXXXXX` folder; the next export to the same place removes
 * it (its owner process is dead) and writes a complete bundle.
 *
 * Two real kills: a child stopped exactly before the rename (deterministic),
 * and the real CLI exporting a 2,000-task design, killed as soon as its owner
 * file appears (wherever it then is, the rerun must leave things clean).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildBenchDesign } from '../../bench/gen-design.ts';
import { serializeDesign } from '../io/serialize.ts';
import { ownerFileOf, removeStalePartials } from './stale-partials.ts';
import { nodeFs } from './node-io.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'bin/dag-designer.js');
const HANG = fileURLToPath(new URL('../../tests/harness/hang-before-rename.ts', import.meta.url));

const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.includes('.partial-'));

function exportTo(cwd: string, design: string, out: string) {
  return spawnSync(process.execPath, [CLI, 'export', design, '-o', out], { cwd, encoding: 'utf8' });
}

function bigDesign(dir: string): string {
  const file = join(dir, 'big.dag.json');
  writeFileSync(file, serializeDesign(buildBenchDesign(2000, 50)));
  return file;
}

/** What a complete export of the bench design holds (it uses a provider operator). */
const BUNDLE = ['dags', 'manifest.json', 'requirements.txt'];

describe('an export killed mid-way', () => {
  it('leaves a partial that the next export to the same place removes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dag-designer-kill-'));
    // `node --import tsx`, not the tsx CLI: that would run the script in a grandchild the kill misses.
    const child = spawn(process.execPath, ['--import', 'tsx', HANG, join(dir, 'out')], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) => child.stdout.on('data', () => resolve()));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    expect(leftovers(dir)).toHaveLength(2); // the partial folder and its owner file

    const result = exportTo(dir, bigDesign(dir), 'out');
    expect(result.status, result.stderr).toBe(0);
    expect(leftovers(dir)).toEqual([]);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(BUNDLE);
    expect(readdirSync(join(dir, 'out', 'dags'))).toEqual(['bench_2000_tasks.py']);
  }, 60_000);

  it('the real CLI on 2,000 tasks, killed when its partial appears, then rerun', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dag-designer-kill-'));
    const design = bigDesign(dir);
    for (let round = 0; round < 3; round++) {
      const child = spawn(process.execPath, [CLI, 'export', design, '-o', 'out'], {
        cwd: dir,
        stdio: 'ignore',
      });
      const watcher = watch(dir, (_event, name) => {
        if (name?.includes('.owner-')) child.kill('SIGKILL');
      });
      await new Promise((resolve) => child.on('exit', resolve));
      watcher.close();
      // A kill that came after the rename left a finished bundle: start over from nothing.
      if (existsSync(join(dir, 'out'))) rmSync(join(dir, 'out'), { recursive: true });
      const result = exportTo(dir, design, 'out');
      expect(result.status, result.stderr).toBe(0);
      expect(leftovers(dir)).toEqual([]);
      expect(readdirSync(join(dir, 'out')).sort()).toEqual(BUNDLE);
      rmSync(join(dir, 'out'), { recursive: true });
    }
  }, 120_000);
});

describe('removeStalePartials', () => {
  it('keeps partials of live owners, of other targets, and without an owner file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dag-designer-stale-'));
    const make = (name: string, owner: [number, string] | null) => {
      mkdirSync(join(dir, name));
      if (owner !== null) writeFileSync(ownerFileOf(join(dir, name), ...owner), '');
    };
    make('.out.partial-0000000a', [111, hostname()]);
    make('.out.partial-0000000b', [222, hostname()]);
    make('.out.partial-0000000c', [111, 'elsewhere']);
    make('.out.partial-0000000d', null);
    make('.other.partial-0000000e', [111, hostname()]);
    const removed = await removeStalePartials(nodeFs, dir, 'out', (pid) => pid === 222);
    expect(removed).toEqual(['.out.partial-0000000a']);
    expect(readdirSync(dir).sort()).toEqual(
      [
        '.other.partial-0000000e',
        `.other.partial-0000000e.owner-111-${encodeURIComponent(hostname())}`,
        '.out.partial-0000000b',
        `.out.partial-0000000b.owner-222-${encodeURIComponent(hostname())}`,
        '.out.partial-0000000c',
        '.out.partial-0000000c.owner-111-elsewhere',
        '.out.partial-0000000d',
      ].sort(),
    );
  });
});
