import { describe, expect, it } from 'vitest';
import { parseDesign, parseDesignText } from './parse.ts';
import { serializeDesign } from './serialize.ts';
import { sampleDesign } from '../testing/designs.ts';
import { invalidDesignAt } from '../testing/findings.ts';

const codesAndPaths = (r: ReturnType<typeof parseDesign>) =>
  r.findings.map((f) => [f.code, f.path]);

function rawSample(): Record<string, unknown> {
  return JSON.parse(serializeDesign(sampleDesign())) as Record<string, unknown>;
}

function withTaskKey(key: string, value: unknown) {
  const raw = rawSample();
  const tasks = raw.tasks as Record<string, unknown>[];
  tasks[1] = { ...tasks[1], [key]: value };
  return raw;
}

describe('parseDesign', () => {
  it('accepts the contract example', () => {
    const r = parseDesign(rawSample());
    expect(r).toEqual({ ok: true, design: sampleDesign(), findings: [] });
  });

  it('fills the defaults the contract implies', () => {
    const r = parseDesign({
      format: 'dag-designer',
      version: 2,
      dag: { dag_id: 'd', start_date: '2026-01-01' },
      tasks: [{ task_id: 't', operator: 'EmptyOperator' }],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.design.target).toEqual({ airflow: '3.3.1' });
    expect(r.design.dag).toMatchObject({
      schedule: null,
      catchup: false,
      description: null,
      tags: [],
      default_args: {},
      params: {},
    });
    expect(r.design.tasks[0]).toEqual({
      task_id: 't',
      operator: 'EmptyOperator',
      args: {},
      group: null,
    });
    expect(r.design.groups).toEqual([]);
    expect(r.design.edges).toEqual([]);
  });

  it.each([
    [null, ''],
    [[1, 2], ''],
    ['a string', ''],
    [{ version: 1 }, 'format'],
    [{ format: 'something-else', version: 1 }, 'format'],
    [{ format: 'dag-designer' }, 'version'],
    [{ format: 'dag-designer', version: '1' }, 'version'],
    [{ format: 'dag-designer', version: 1.5 }, 'version'],
  ])('rejects a non-design %j at path %j', (input, path) => {
    const r = parseDesign(input);
    expect(r.ok).toBe(false);
    expect(codesAndPaths(r)).toEqual([['invalid-design', path]]);
  });

  it.each([
    [
      'refuses a newer version with the upgrade message',
      () => ({ ...rawSample(), version: 7 }),
      'version',
      'it was written by a newer dag-designer (format version 7); this build reads version 2',
    ],
    [
      'explains a wrong type in plain words',
      () => withTaskKey('estimated_duration', '10m'),
      'tasks[1].estimated_duration',
      'must be a number (seconds), not the string "10m"',
    ],
    [
      'reports a missing required field',
      () => {
        const raw = rawSample();
        delete (raw.dag as Record<string, unknown>).dag_id;
        return raw;
      },
      'dag.dag_id',
      'required field is missing',
    ],
  ])('%s', (_name, input, path, message) => {
    const r = parseDesign(input());
    expect(r.ok).toBe(false);
    expect(r.findings).toEqual([invalidDesignAt(path, message)]);
  });

  it('refuses an older version it has no migration for', () => {
    const r = parseDesign({ ...rawSample(), version: 0 });
    expect(codesAndPaths(r)).toEqual([['invalid-design', 'version']]);
    expect(r.findings[0]?.message).toContain('version 0 is not supported');
  });

  it('names the path of an unknown key, one finding per key', () => {
    const r = parseDesign(withTaskKey('colour', 'red'));
    expect(codesAndPaths(r)).toEqual([['invalid-design', 'tasks[1].colour']]);
    expect(r.findings[0]?.message).toBe('unknown key "colour": not part of format version 1');

    const top = parseDesign({ ...rawSample(), extra: 1, more: 2 });
    expect(codesAndPaths(top)).toEqual([
      ['invalid-design', 'extra'],
      ['invalid-design', 'more'],
    ]);
  });

  it('suggests the closest known key for a typo', () => {
    const r = parseDesign(withTaskKey('estimated_durations', 5));
    expect(r.findings[0]?.message).toBe(
      'unknown key "estimated_durations": not part of format version 1 (did you mean "estimated_duration"?)',
    );
    const raw = rawSample();
    (raw.dag as Record<string, unknown>).Schedule = '@daily';
    expect(parseDesign(raw).findings.map((f) => f.message)).toContain(
      'unknown key "Schedule": not part of format version 1 (did you mean "schedule"?)',
    );
    const ui = parseDesign(withTaskKey('ui', { x: 1, y: 2, pined: true }));
    expect(ui.findings[0]?.path).toBe('tasks[1].ui.pined');
    expect(ui.findings[0]?.message).toContain('(did you mean "pinned"?)');
  });

  it('quotes unknown keys that are not identifiers', () => {
    const r = parseDesign(withTaskKey('my key', 1));
    expect(codesAndPaths(r)).toEqual([['invalid-design', 'tasks[1]["my key"]']]);
  });

  it('lists the allowed targets', () => {
    const r = parseDesign({ ...rawSample(), target: { airflow: '2.9' } });
    expect(codesAndPaths(r)).toEqual([['invalid-design', 'target.airflow']]);
    expect(r.findings[0]?.message).toBe(
      'must be one of "2.10.1", "2.10.3", "2.11.0", "2.11.2", "3.0.6", "3.2.1", "3.3.1", not the string "2.9"',
    );
  });

  it('rejects values JSON cannot hold inside args', () => {
    const raw = withTaskKey('args', { bash_command: Number.NaN, f: () => 1 });
    const r = parseDesign(raw);
    expect(codesAndPaths(r)).toEqual([
      ['invalid-design', 'tasks[1].args.bash_command'],
      ['invalid-design', 'tasks[1].args.f'],
    ]);
    expect(r.findings[0]?.message).toContain('not NaN');
  });

  it('rejects negative durations and fractional counts', () => {
    const raw = rawSample();
    (raw.dag as Record<string, unknown>).max_active_runs = 1.5;
    (raw.dag as Record<string, unknown>).dagrun_timeout = -1;
    expect(codesAndPaths(parseDesign(raw))).toEqual([
      ['invalid-design', 'dag.max_active_runs'],
      ['invalid-design', 'dag.dagrun_timeout'],
    ]);
  });

  it('refuses a "__proto__" key instead of dropping it', () => {
    const raw = JSON.parse(
      serializeDesign(sampleDesign()).replace(
        '"bash_command"',
        '"__proto__": {"x": 1}, "bash_command"',
      ),
    ) as unknown;
    expect(codesAndPaths(parseDesign(raw))).toEqual([
      ['invalid-design', 'tasks[1].args.__proto__'],
    ]);
  });

  it('never throws on hostile input', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const raw = withTaskKey('args', { deep });
    const r = parseDesign(raw);
    expect(r.ok).toBe(false);
  });

  it('does not mutate its input', () => {
    const raw = rawSample();
    const copy = structuredClone(raw);
    parseDesign(raw);
    expect(raw).toEqual(copy);
  });
});

describe('parseDesignText', () => {
  it('parses a saved design', () => {
    const r = parseDesignText(serializeDesign(sampleDesign()));
    expect(r.ok && r.design).toEqual(sampleDesign());
  });

  it('accepts a byte-order mark', () => {
    expect(parseDesignText(`\uFEFF${serializeDesign(sampleDesign())}`).ok).toBe(true);
  });

  it('locates a JSON syntax error by line and column, with the file name', () => {
    const text = '{\n  "format": "dag-designer",\n  "version": 1,\n}\n';
    const r = parseDesignText(text, 'broken.dag.json');
    expect(r.findings).toEqual([
      invalidDesignAt('', 'broken.dag.json: not JSON: line 4, column 1: trailing comma before "}"'),
    ]);
  });

  it('names the file in shape findings too', () => {
    const r = parseDesignText('{"format": "x", "version": 1}', 'a.dag.json');
    expect(r.findings[0]?.message).toMatch(/^a\.dag\.json: not a dag-designer design/);
  });

  it('refuses a key repeated in one object, naming it and its line', () => {
    const text = serializeDesign(sampleDesign()).replace(
      '"bash_command": "echo load"',
      '"bash_command": "echo load",\n        "bash_command": "echo again"',
    );
    const r = parseDesignText(text, 'dup.dag.json');
    expect(r.ok).toBe(false);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.path).toBe('tasks[1].args.bash_command');
    expect(r.findings[0]?.message).toMatch(
      /^dup\.dag\.json: duplicate key "bash_command" \(line \d+, column 9\): JSON keeps only the last one/,
    );
  });

  it('says so when the file is empty', () => {
    expect(parseDesignText('  \n').findings[0]?.message).toBe('not JSON: the file is empty');
  });
});
