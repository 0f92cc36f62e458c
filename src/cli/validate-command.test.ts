import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../model/findings.ts';
import type { Forecast } from '../model/forecast.ts';
import { run } from './run.ts';
import { BAD_DESIGNS, copyFixture, makeTestIo } from '../testing/cli-io.ts';

interface Report {
  findings: Finding[];
  forecast?: unknown;
}

async function validateJson(fixture: string) {
  const io = makeTestIo();
  const file = copyFixture(io, fixture);
  const code = await run(['validate', file, '--json'], io);
  const report = JSON.parse(io.out) as Report;
  return { code, report, io };
}

const errorsOf = (report: Report) =>
  report.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.path]);

// [fixture, expected exit code, [code, path] of the one expected error]
const CASES: [string, number, [string, string]][] = [
  ['cycle', 1, ['cycle', 'edges[2]']],
  ['duplicate-id', 1, ['duplicate-id', 'tasks[2].task_id']],
  ['invalid-id', 1, ['invalid-id', 'tasks[1].task_id']],
  ['dangling-edge', 1, ['dangling-edge', 'edges[1].to']],
  ['unknown-operator', 1, ['unknown-operator', 'tasks[1].operator']],
  ['missing-argument', 1, ['missing-argument', 'tasks[1].args.bash_command']],
  ['invalid-argument', 1, ['invalid-argument', 'tasks[1].args.trigger_rule']],
  ['invalid-schedule', 1, ['invalid-schedule', 'dag.schedule']],
  ['invalid-schedule-asset', 1, ['invalid-schedule', 'dag.schedule.assets[0]']],
  ['invalid-argument-outlet', 1, ['invalid-argument', 'tasks[1].outlets[0]']],
  ['invalid-argument-setups', 1, ['invalid-argument', 'tasks[1].setups[0]']],
  ['unsupported-on-target', 1, ['unsupported-on-target', 'tasks[1].args.email_on_failure']],
  ['secret-in-design', 1, ['secret-in-design', 'tasks[1].args.env.AWS_SECRET_ACCESS_KEY']],
  ['invalid-design-bad-json', 2, ['invalid-design', '']],
  ['invalid-design-wrong-format', 2, ['invalid-design', 'format']],
  ['invalid-design-newer-version', 2, ['invalid-design', 'version']],
  ['invalid-design-wrong-type', 2, ['invalid-design', 'tasks[0].estimated_duration']],
  ['invalid-design-unknown-key', 2, ['invalid-design', 'tasks[1].colour']],
];

describe('dag-designer validate --json', () => {
  it('has a case for every fixture', () => {
    const fixtures = readdirSync(BAD_DESIGNS)
      .filter((f) => f.endsWith('.dag.json') && f !== 'valid.dag.json')
      .map((f) => f.replace('.dag.json', ''))
      .sort();
    expect(CASES.map((c) => c[0]).sort()).toEqual(fixtures);
  });

  it.each(CASES)('%s exits %i with %j', async (fixture, exit, expected) => {
    const { code, report, io } = await validateJson(fixture);
    expect(errorsOf(report)).toEqual([expected]);
    expect(code).toBe(exit);
    // Machine output only on stdout: exactly one JSON object.
    expect(io.out.trim().startsWith('{')).toBe(true);
    expect(io.out.trim().endsWith('}')).toBe(true);
  });

  it('names the file and the line in a JSON syntax error', async () => {
    const { report } = await validateJson('invalid-design-bad-json');
    expect(report.findings[0]?.message).toMatch(
      /^invalid-design-bad-json\.dag\.json: not JSON: line \d+, column \d+: /,
    );
  });

  it('exits 0 on a clean design and adds the forecast when durations are given', async () => {
    const { code, report } = await validateJson('valid');
    expect(code).toBe(0);
    expect(errorsOf(report)).toEqual([]);
    expect(report.forecast).toBeDefined();
  });

  it('has no forecast key without durations', async () => {
    const io = makeTestIo();
    const { writeFileSync, readFileSync } = await import('node:fs');
    const text = readFileSync(`${BAD_DESIGNS}valid.dag.json`, 'utf8').replace(
      /\s*"estimated_duration": 60,/g,
      '',
    );
    writeFileSync(`${io.cwd}/plain.dag.json`, text);
    expect(await run(['validate', 'plain.dag.json', '--json'], io)).toBe(0);
    expect(Object.keys(JSON.parse(io.out) as object)).toEqual(['findings']);
  });

  it('exits 2 for a missing file, still with one JSON object', async () => {
    const io = makeTestIo();
    expect(await run(['validate', 'nope.dag.json', '--json'], io)).toBe(2);
    expect(JSON.parse(io.out)).toEqual({
      findings: [
        {
          severity: 'error',
          code: 'invalid-design',
          path: '',
          message: 'cannot read nope.dag.json: no such file',
        },
      ],
    });
  });
});

describe('dag-designer validate (text)', () => {
  it('prints aligned finding lines and a summary to stderr, nothing to stdout', async () => {
    const io = makeTestIo();
    const file = copyFixture(io, 'missing-argument');
    expect(await run(['validate', file], io)).toBe(1);
    expect(io.out).toBe('');
    const lines = io.err.split('\n');
    expect(lines[0]).toMatch(/^error\s+missing-argument\s+tasks\[1\]\.args\.bash_command\s+\S/);
    expect(io.err).toMatch(/missing-argument\.dag\.json: 1 error, \d+ warnings?\n/);
  });

  it('prints the forecast on a clean design', async () => {
    const io = makeTestIo();
    const file = copyFixture(io, 'valid');
    expect(await run(['validate', file], io)).toBe(0);
    expect(io.err).toContain('valid.dag.json: no problems found');
    expect(io.err.split('\n').length).toBeGreaterThan(3);
  });

  it('takes pool sizes with --pool and forecasts with them', async () => {
    const { writeFileSync, readFileSync } = await import('node:fs');
    const io = makeTestIo();
    // Two 60s tasks side by side in pool "etl".
    const text = readFileSync(`${BAD_DESIGNS}valid.dag.json`, 'utf8')
      .replaceAll('"bash_command": "echo', '"pool": "etl",\n        "bash_command": "echo')
      .replace(/"edges": \[[^\]]*\]/, '"edges": []');
    writeFileSync(`${io.cwd}/pools.dag.json`, text);
    const forecastWith = async (...pools: string[]) => {
      io.out = '';
      const code = await run(['validate', 'pools.dag.json', '--json', ...pools], io);
      expect(code).toBe(0);
      return (JSON.parse(io.out) as { forecast: Forecast }).forecast;
    };
    const unsized = await forecastWith();
    expect([unsized.makespanSeconds, unsized.unsizedPools]).toEqual([60, ['etl']]);
    const sized = await forecastWith('--pool', 'etl=1', '--pool', 'default_pool=4');
    expect([sized.makespanSeconds, sized.unsizedPools]).toEqual([120, []]);
    expect(sized.bottlenecks.resources).toEqual([
      { kind: 'pool', name: 'etl', limit: 1, waitSeconds: 60 },
    ]);
  });

  it('refuses a malformed --pool as a usage error', async () => {
    const io = makeTestIo();
    const file = copyFixture(io, 'valid');
    expect(await run(['validate', file, '--pool', 'etl=0'], io)).toBe(2);
    expect(io.err).toContain('--pool expects <name>=<slots>');
  });

  it('aligns columns', async () => {
    const io = makeTestIo();
    const file = copyFixture(io, 'dangling-edge');
    await run(['validate', file], io);
    const findingLines = io.err.split('\n').filter((l) => /^(error|warning) /.test(l));
    const codeColumn = findingLines.map((l) => l.search(/(?<=^\S+\s+)\S/));
    expect(new Set(codeColumn).size).toBe(1);
  });
});
