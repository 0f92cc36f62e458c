/**
 * Format migrations. A design file records the format `version` it was
 * written in; older files are upgraded step by step (n -> n+1) before the
 * current schema checks them, so a schema only ever knows one version.
 *
 * To introduce version 2: add `{ from: 1, to: 2, migrate }` to `MIGRATIONS`,
 * write `schema-v2.ts`, bump `CURRENT_VERSION`, and keep the v1 fixtures as
 * migration tests. A migration gets the raw (unvalidated) object and must not
 * assume its shape beyond what the old schema guaranteed: it runs BEFORE the
 * schema check, so it should leave malformed input for the schema to report.
 */
import { CURRENT_VERSION } from './schema-v1.ts';

export interface Migration {
  from: number;
  to: number;
  /** Returns the upgraded raw object (with `version` set to `to`); must not mutate its input. */
  migrate(raw: Record<string, unknown>): Record<string, unknown>;
}

/** Version 1 is the first public format: nothing to migrate yet. */
export const MIGRATIONS: readonly Migration[] = [];

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
