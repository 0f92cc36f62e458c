/**
 * The one way into the app for a design: `parseDesign` for a value,
 * `parseDesignText` for file contents. Neither throws and neither casts:
 * whatever comes in, out comes a Design or `invalid-design` findings that
 * name the place. Semantic checks (ids, cycles, arguments) are
 * `validateDesign`'s job in src/model.
 */
import { findNonFiniteNumber } from './json-numbers.ts';
import type { Design } from '../design/design.ts';
import { invalidDesign, type Finding } from '../model/findings.ts';
import { formatPathSegments, type PathSegment } from '../model/paths.ts';
import { issuesToFindings, describeValue } from './issue-messages.ts';
import { findDuplicateKey, findJsonSyntaxError } from './json-syntax.ts';
import { migrateToCurrent, MIGRATIONS, type Migration } from './migrate.ts';
import { CURRENT_VERSION, DESIGN_FORMAT, DesignSchemaV2 } from './schema-v2.ts';

export type ParseResult =
  | {
      ok: true;
      design: Design;
      findings: Finding[];
      /** The file's format version when it was upgraded on load; saving writes the current one. */
      migratedFrom?: number;
    }
  | { ok: false; findings: Finding[] };

export interface ParseOptions {
  /** For tests: the migration registry to use instead of the built-in one. */
  migrations?: readonly Migration[];
}

const fail = (...findings: Finding[]): ParseResult => ({ ok: false, findings });

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `JSON.parse` keeps a `"__proto__"` key as data, but most code that copies
 * objects (zod included) drops it or, worse, sets a prototype with it. Refuse
 * it outright, by path, instead of losing it silently.
 */
function findProtoKey(value: unknown, path: PathSegment[] = []): PathSegment[] | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findProtoKey(value[i], [...path, i]);
      if (hit) return hit;
    }
  } else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      if (key === '__proto__') return [...path, key];
      const hit = findProtoKey(value[key], [...path, key]);
      if (hit) return hit;
    }
  }
  return null;
}

type Envelope =
  { ok: true; raw: Record<string, unknown>; version: number } | { ok: false; finding: Finding };

/** The two keys every version has: `format` says it is ours, `version` picks the migrations. */
function readEnvelope(input: unknown): Envelope {
  const problem = (finding: Finding): Envelope => ({ ok: false, finding });
  if (!isPlainObject(input)) {
    return problem(
      invalidDesign(
        '',
        `not a design: expected a JSON object with "format": "${DESIGN_FORMAT}", found ${describeValue(input)}`,
      ),
    );
  }
  if (input.format !== DESIGN_FORMAT) {
    return problem(
      invalidDesign(
        'format',
        input.format === undefined
          ? `not a dag-designer design: "format" is missing (expected "${DESIGN_FORMAT}")`
          : `not a dag-designer design: "format" is ${describeValue(input.format)}, expected "${DESIGN_FORMAT}"`,
      ),
    );
  }
  const version = input.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return problem(
      invalidDesign(
        'version',
        version === undefined
          ? `"version" is missing (this build writes version ${CURRENT_VERSION})`
          : `"version" must be a whole number, not ${describeValue(version)}`,
      ),
    );
  }
  return { ok: true, raw: input, version };
}

export function parseDesign(input: unknown, options: ParseOptions = {}): ParseResult {
  try {
    return parseUnsafe(input, options);
  } catch (e) {
    // Only pathological input gets here (e.g. nesting deep enough to exhaust the stack).
    const reason = e instanceof Error ? e.message : String(e);
    return fail(invalidDesign('', `could not read the design: ${reason}`));
  }
}

function parseUnsafe(input: unknown, options: ParseOptions): ParseResult {
  const envelope = readEnvelope(input);
  if (!envelope.ok) return fail(envelope.finding);

  const proto = findProtoKey(envelope.raw);
  if (proto)
    return fail(invalidDesign(formatPathSegments(proto), 'the key "__proto__" is not allowed'));

  const infinite = findNonFiniteNumber(envelope.raw);
  if (infinite)
    return fail(
      invalidDesign(
        formatPathSegments(infinite),
        'the number is not finite: it is beyond what a 64-bit float holds (about 1.8e308), so JSON readers make it Infinity; write a smaller number',
      ),
    );

  const migrated = migrateToCurrent(
    envelope.raw,
    envelope.version,
    options.migrations ?? MIGRATIONS,
  );
  if (!migrated.ok) return fail(invalidDesign('version', migrated.message));

  const result = DesignSchemaV2.safeParse(migrated.raw);
  if (!result.success)
    return fail(...issuesToFindings(result.error.issues, migrated.raw, DesignSchemaV2));
  return migrated.migratedFrom === null
    ? { ok: true, design: result.data, findings: [] }
    : { ok: true, design: result.data, findings: [], migratedFrom: migrated.migratedFrom };
}

/** Prefixes each message with the file name, so a finding read alone still says which file. */
function withSource(result: ParseResult, source: string | undefined): ParseResult {
  if (!source || result.findings.length === 0) return result;
  const findings = result.findings.map((f) => ({ ...f, message: `${source}: ${f.message}` }));
  return { ...result, findings };
}

const BOM = '\uFEFF';

export function parseDesignText(
  text: string,
  source?: string,
  options: ParseOptions = {},
): ParseResult {
  // Editors on Windows may save a byte-order mark; it is not part of the JSON.
  const json = text.startsWith(BOM) ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    return withSource(fail(jsonErrorFinding(json, e)), source);
  }
  const duplicate = duplicateKeyFinding(json);
  if (duplicate) return withSource(fail(duplicate), source);
  return withSource(parseDesign(value, options), source);
}

function duplicateKeyFinding(json: string): Finding | null {
  let dup: ReturnType<typeof findDuplicateKey> = null;
  try {
    dup = findDuplicateKey(json);
  } catch {
    return null; // too deep to walk: parseDesign reports such input itself
  }
  if (!dup) return null;
  const key = JSON.stringify(dup.path[dup.path.length - 1]);
  return invalidDesign(
    formatPathSegments(dup.path),
    `duplicate key ${key} (line ${dup.line}, column ${dup.column}): JSON keeps only the last one; remove the other`,
  );
}

function jsonErrorFinding(json: string, parseError: unknown): Finding {
  if (json.trim() === '') return invalidDesign('', 'not JSON: the file is empty');
  let located: ReturnType<typeof findJsonSyntaxError> = null;
  try {
    located = findJsonSyntaxError(json);
  } catch {
    located = null; // e.g. too deeply nested to walk: fall back to the engine's message
  }
  if (located) {
    return invalidDesign(
      '',
      `not JSON: line ${located.line}, column ${located.column}: ${located.message}`,
    );
  }
  const reason = parseError instanceof Error ? parseError.message : String(parseError);
  return invalidDesign('', `not JSON: ${reason}`);
}
