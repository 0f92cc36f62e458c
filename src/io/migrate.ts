/**
 * Format migrations. A design file records the format `version` it was
 * written in; older files are upgraded step by step (n -> n+1) before the
 * current schema checks them, so a schema only ever knows one version.
 *
 * To introduce version 3: add `{ from: 2, to: 3, migrate }` to `MIGRATIONS`,
 * change the schema (renamed `schema-v3.ts`), bump `CURRENT_VERSION`, and keep
 * the v2 fixtures as migration tests. A migration gets the raw (unvalidated) object and must not
 * assume its shape beyond what the old schema guaranteed: it runs BEFORE the
 * schema check, so it should leave malformed input for the schema to report.
 */
import { AIRFLOW_LINES, VERSION_1_TARGETS } from '../design/targets.ts';
import { CURRENT_VERSION } from './schema-v2.ts';

export interface Migration {
  from: number;
  to: number;
  /** Returns the upgraded raw object (with `version` set to `to`); must not mutate its input. */
  migrate(raw: Record<string, unknown>): Record<string, unknown>;
}

/**
 * 1 -> 2: the target names the MWAA environment's exact Airflow version.
 * A version 1 name becomes the version it meant (VERSION_1_TARGETS); a file
 * without a target keeps having none (the schema's default applies);
 * anything else is left for the schema to report. Nothing else changes.
 */
const targetIsMwaaVersion: Migration = {
  from: 1,
  to: 2,
  migrate(raw) {
    const target = raw['target'];
    if (typeof target !== 'object' || target === null || Array.isArray(target)) return raw;
    const airflow: unknown = (target as Record<string, unknown>)['airflow'];
    const line = AIRFLOW_LINES.find((l) => l === airflow);
    if (line === undefined) return raw;
    return { ...raw, target: { ...target, airflow: VERSION_1_TARGETS[line] } };
  },
};

export const MIGRATIONS: readonly Migration[] = [targetIsMwaaVersion];

export type MigrationOutcome =
  | { ok: true; raw: Record<string, unknown>; migratedFrom: number | null }
  | { ok: false; message: string };

/**
 * Upgrades `raw` (whose `version` is `version`) to `current`. Fails with a
 * message when no chain of migrations reaches it, or when a step throws.
 */
export function migrateToCurrent(
  raw: Record<string, unknown>,
  version: number,
  migrations: readonly Migration[] = MIGRATIONS,
  current: number = CURRENT_VERSION,
): MigrationOutcome {
  if (version === current) return { ok: true, raw, migratedFrom: null };
  if (version > current) {
    return {
      ok: false,
      message: `it was written by a newer dag-designer (format version ${version}); this build reads version ${current}`,
    };
  }
  let cur = raw;
  for (let v = version; v < current; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step || step.to !== v + 1) {
      return {
        ok: false,
        message: `format version ${version} is not supported (no upgrade from version ${v})`,
      };
    }
    try {
      cur = { ...step.migrate(cur), version: step.to };
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      return {
        ok: false,
        message: `could not upgrade from format version ${v} to ${step.to}: ${reason}`,
      };
    }
  }
  return { ok: true, raw: cur, migratedFrom: version };
}
