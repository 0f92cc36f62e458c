/**
 * Every requirements.txt the exporter can write installs under its MWAA
 * version's constraints: for each target, the providers of every catalog
 * operator on that target (a superset of any one DAG's) rendered as the
 * exporter renders them, then resolved with `uv pip compile` on MWAA's
 * Python minor against the vendored copy of the very file the --constraint
 * line names (GitHub is out of reach here; PyPI is not). A pin that differs
 * from the constraints, or a provider they do not pin, fails here as it
 * would fail MWAA's install.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATORS } from '../../src/catalog/index.ts';
import { AIRFLOW_TARGETS } from '../../src/design/design.ts';
import { pythonMinorOf } from '../../src/design/targets.ts';
import { constraintsUrl, renderRequirements } from '../../src/export/requirements.ts';
import { REPO_ROOT, requireUv } from '../harness/venvs.ts';

describe('requirements.txt resolves under the MWAA constraints', () => {
  for (const target of AIRFLOW_TARGETS) {
    it(`on Airflow ${target} (Python ${pythonMinorOf(target)})`, () => {
      const providers = OPERATORS.flatMap((op) => op.targets[target]?.provider ?? []);
      const text = renderRequirements(providers, target);
      expect(text).not.toBeNull();
      const [first, ...rest] = (text ?? '').split('\n');
      expect(first).toBe(`--constraint "${constraintsUrl(target)}"`);
      expect(rest.filter((l) => l !== '').every((l) => /^[a-z0-9-]+$/.test(l))).toBe(true);
      const local = join(REPO_ROOT, `mwaa/constraints-${target}.txt`);
      const file = join(mkdtempSync(join(tmpdir(), 'requirements-')), 'requirements.txt');
      writeFileSync(file, [`--constraint ${local}`, ...rest].join('\n'));
      const run = spawnSync(
        requireUv(),
        [
          'pip',
          'compile',
          '--quiet',
          '--no-header',
          '--python-version',
          pythonMinorOf(target),
          '--python-platform',
          'x86_64-manylinux_2_28',
          file,
        ],
        { encoding: 'utf8', env: { ...process.env, UV_PYTHON_DOWNLOADS: 'never' } },
      );
      expect(run.error).toBeUndefined();
      expect(run.stderr, `uv pip compile on ${target}`).not.toMatch(/No solution found/);
      expect(run.status, run.stderr).toBe(0);
      // Each listed provider resolves to exactly the version the constraints pin.
      for (const name of rest.filter((l) => l !== '')) {
        expect(run.stdout, name).toMatch(new RegExp(`^${name}==`, 'm'));
      }
    });
  }
});
