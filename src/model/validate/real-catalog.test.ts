/**
 * Validation against the real operator catalog (src/catalog) and the
 * shipped examples: what the CLI and the canvas actually run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesignText } from '../../io/index.ts';
import type { Design } from '../../design/design.ts';
import type { Finding } from '../findings.ts';
import { validateDesign } from './index.ts';
import { bash, edge, makeDesign, task } from '../../testing/fake-catalog.ts';

const NOW = new Date('2026-02-01T00:00:00Z');
const at = (fs: Finding[]) => fs.map((f) => `${f.code}@${f.path}`);
const errors = (d: Design) =>
  at(validateDesign(d, { now: NOW }).filter((f) => f.severity === 'error'));

describe('with the real catalog', () => {
  it('accepts a realistic S3 -> Python -> Bash design', () => {
    const d = makeDesign({
      tasks: [
        task('wait_for_file', {
          operator: 'S3KeySensor',
          args: { bucket_key: 's3://landing/{{ ds }}/_SUCCESS', timeout: 1800, mode: 'reschedule' },
        }),
        task('transform', {
          operator: 'PythonOperator',
          python: 'def transform(**context):\n    return 1\n',
        }),
        bash('load', 'echo {{ ds }}', {
          args: { bash_command: 'echo {{ ds }}', retries: 3, trigger_rule: 'all_done' },
        }),
      ],
      edges: [edge('wait_for_file', 'transform'), edge('transform', 'load')],
    });
    expect(validateDesign(d, { now: NOW })).toEqual([]);
  });

  it('reports missing and unknown arguments on real operators', () => {
    const d = makeDesign({
      tasks: [task('load', { operator: 'BashOperator', args: { bash_comand: 'echo' } })],
    });
    expect(errors(d)).toEqual([
      'invalid-argument@tasks[0].args.bash_comand',
      'missing-argument@tasks[0].args.bash_command',
    ]);
    const f = validateDesign(d, { now: NOW });
    expect(f[0]!.message).toMatch(/Did you mean "bash_command"\?/);
    expect(f[1]!.message).toBe(
      'BashOperator "load" needs bash_command: Command or script to run, Jinja allowed (e.g. \'echo {{ ds }}\').',
    );
    const typo = makeDesign({ tasks: [task('a', { operator: 'BashOperater' })] });
    expect(validateDesign(typo, { now: NOW })[0]!.message).toMatch(/Did you mean "BashOperator"\?/);
  });

  it('sla is unsupported on Airflow 3 but fine on 2.10', () => {
    const mk = (airflow: '2.10.3' | '3.0.6') =>
      makeDesign({
        target: { airflow },
        tasks: [bash('a', 'echo', { args: { bash_command: 'echo', sla: 600 } })],
      });
    expect(errors(mk('3.0.6'))).toEqual(['unsupported-on-target@tasks[0].args.sla']);
    expect(errors(mk('2.10.3'))).toEqual([]);
  });

  it('refuses retired trigger rules with the replacement', () => {
    const d = makeDesign({
      tasks: [
        bash('a', 'echo', { args: { bash_command: 'e', trigger_rule: 'none_failed_or_skipped' } }),
      ],
    });
    const f = validateDesign(d, { now: NOW });
    expect(at(f)).toEqual(['invalid-argument@tasks[0].args.trigger_rule']);
    expect(f[0]!.message).toMatch(/none_failed_min_one_success/);
  });

  it('warns on the .sh template trap and on a long poke sensor', () => {
    const d = makeDesign({
      tasks: [
        bash('a', 'scripts/load.sh'),
        task('w', { operator: 'S3KeySensor', args: { bucket_key: 's3://raw/in/done' } }),
      ],
      edges: [edge('w', 'a')],
    });
    const f = validateDesign(d, { now: NOW });
    expect(at(f.filter((x) => x.severity === 'warning'))).toEqual([
      'bash-template-file@tasks[0].args.bash_command',
      'long-poke-sensor@tasks[1].args.mode',
    ]);
  });
});

describe('shipped examples', () => {
  const dir = join(import.meta.dirname, '../../../public/examples');
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.dag.json'));
  } catch {
    files = [];
  }
  it.each(files)('%s validates without errors', (file) => {
    const parsed = parseDesignText(readFileSync(join(dir, file), 'utf8'), file);
    expect(parsed.ok, JSON.stringify(parsed.findings)).toBe(true);
    if (!parsed.ok) return;
    const errs = validateDesign(parsed.design, { now: NOW }).filter((f) => f.severity === 'error');
    expect(errs).toEqual([]);
  });
});

describe('deferrable sensors', () => {
  it('do not get the long-poke warning', () => {
    const mk = (deferrable: boolean) =>
      makeDesign({
        tasks: [
          task('w', {
            operator: 'S3KeySensor',
            args: { bucket_key: 's3://raw/in/done', timeout: 7200, deferrable },
          }),
        ],
      });
    const warnings = (d: Design) =>
      at(validateDesign(d, { now: NOW }).filter((f) => f.severity === 'warning'));
    expect(warnings(mk(false))).toEqual(['long-poke-sensor@tasks[0].args.mode']);
    expect(warnings(mk(true))).toEqual([]);
  });
});

describe('operators newer than the target', () => {
  it('refuses a human-in-the-loop operator before Airflow 3.1, naming the versions that have it', () => {
    for (const airflow of ['2.11.2', '3.0.6'] as const) {
      const d = makeDesign({
        target: { airflow },
        tasks: [task('ok', { operator: 'ApprovalOperator', args: { subject: 'Ship?' } })],
      });
      const f = validateDesign(d, { now: NOW }).filter((x) => x.severity === 'error');
      expect(at(f)).toEqual(['unsupported-on-target@tasks[0].operator']);
      expect(f[0]!.message).toBe(
        `ApprovalOperator does not exist on Airflow ${airflow}; it needs Airflow 3.1.0 or newer (only on 3.2.1, 3.3.1).`,
      );
    }
    const on33 = makeDesign({
      target: { airflow: '3.3.1' },
      tasks: [task('ok', { operator: 'ApprovalOperator', args: { subject: 'Ship?' } })],
    });
    expect(errors(on33)).toEqual([]);
  });
});

describe('custom operators', () => {
  it('asks for a blank module or class, and refuses a malformed one', () => {
    const mk = (module: string, cls: string) =>
      makeDesign({ tasks: [task('c', { operator: 'custom', custom: { module, class: cls } })] });
    expect(errors(mk('', ' '))).toEqual([
      'missing-argument@tasks[0].custom.module',
      'missing-argument@tasks[0].custom.class',
    ]);
    expect(errors(mk('my pkg', '1x'))).toEqual([
      'invalid-argument@tasks[0].custom.module',
      'invalid-argument@tasks[0].custom.class',
    ]);
    expect(errors(mk('my_pkg.operators', 'MyOperator'))).toEqual([]);
  });
});
