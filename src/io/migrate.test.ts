import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateToCurrent, type Migration } from './migrate.ts';
import { parseDesign } from './parse.ts';
import { serializeDesign } from './serialize.ts';
import { sampleDesign } from '../testing/designs.ts';
import { invalidDesignAt } from '../testing/findings.ts';

/** A made-up version 0 where the DAG settings were called `settings` and edges were pairs. */
const fakeV0ToV1: Migration = {
  from: 0,
  to: 1,
  migrate(raw) {
    const { settings, edges, ...rest } = raw;
    const pairs = Array.isArray(edges) ? edges : [];
    return {
      ...rest,
      dag: settings,
      edges: pairs.map((p: unknown) => (Array.isArray(p) ? { from: p[0], to: p[1] } : p)),
    };
  },
};

function v0Sample(): Record<string, unknown> {
  const v1 = JSON.parse(serializeDesign(sampleDesign())) as Record<string, unknown>;
  const { dag, ...rest } = v1;
  return { ...rest, version: 0, settings: dag, edges: [['wait_for_file', 'load']] };
}

describe('migrations', () => {
  it('has one step per version, from 1 on', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual([[1, 2]]);
  });

  it('1 -> 2 names the exact MWAA version a version 1 target meant, and nothing else', () => {
    const v1 = { ...JSON.parse(serializeDesign(sampleDesign())), version: 1 };
    for (const [name, exact] of [
      ['2.10', '2.10.3'],
      ['2.11', '2.11.2'],
      ['3', '3.0.6'],
    ] as const) {
      const r = parseDesign({ ...v1, target: { airflow: name } });
      expect(r).toEqual({
        ok: true,
        design: { ...sampleDesign(), target: { airflow: exact } },
        findings: [],
        migratedFrom: 1,
      });
    }
    // No target: the schema's default (the newest version) applies, as in version 1.
    const noTarget: Record<string, unknown> = { ...v1 };
    delete noTarget['target'];
    const r = parseDesign(noTarget);
    expect(r.ok && r.design.target.airflow).toBe('3.3.1');
    // Not a version 1 name: left for the schema to report, at its path.
    const bad = parseDesign({ ...v1, target: { airflow: '2.9' } });
    expect(bad.findings.map((f) => `${f.code}@${f.path}`)).toEqual([
      'invalid-design@target.airflow',
    ]);
  });

  it('upgrades an old file through an injected migration', () => {
    const r = parseDesign(v0Sample(), { migrations: [fakeV0ToV1, ...MIGRATIONS] });
    expect(r).toEqual({ ok: true, design: sampleDesign(), findings: [], migratedFrom: 0 });
  });

  it('chains steps in order and sets each version', () => {
    const seen: number[] = [];
    const step = (from: number): Migration => ({
      from,
      to: from + 1,
      migrate: (raw) => {
        seen.push(raw.version as number);
        return { ...raw, [`step${from}`]: true };
      },
    });
    // Registered out of order on purpose: lookup is by `from`, not position.
    const r = migrateToCurrent({ version: 1 }, 1, [step(3), step(1), step(2)], 4);
    expect(r).toEqual({
      ok: true,
      raw: { version: 4, step1: true, step2: true, step3: true },
      migratedFrom: 1,
    });
    expect(seen).toEqual([1, 2, 3]);
  });

  it('fails with a message when a step is missing or throws', () => {
    expect(migrateToCurrent({}, 0, [], 1)).toEqual({
      ok: false,
      message: 'format version 0 is not supported (no upgrade from version 0)',
    });
    const broken: Migration = {
      from: 0,
      to: 1,
      migrate: () => {
        throw new Error('settings missing');
      },
    };
    const r = parseDesign({ format: 'dag-designer', version: 0 }, { migrations: [broken] });
    expect(r.findings).toEqual([
      invalidDesignAt('version', 'could not upgrade from format version 0 to 1: settings missing'),
    ]);
  });

  it('still checks the upgraded shape', () => {
    const raw = { ...v0Sample(), edges: [['a']] };
    const r = parseDesign(raw, { migrations: [fakeV0ToV1, ...MIGRATIONS] });
    expect(r.findings.map((f) => f.path)).toEqual(['edges[0].to']);
  });
});
