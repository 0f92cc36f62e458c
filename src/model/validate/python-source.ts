/**
 * A light look at a task's `python` field (no Python parser): it must hold
 * exactly one top-level `def` (decorators and comments allowed), because the
 * exporter emits it verbatim and passes that function as `python_callable`.
 */

const TOP_LEVEL_DEF = /^(?:async[ \t]+)?def[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]*\(/;

/** Names of the top-level functions, in order. */
export function topLevelDefs(source: string): string[] {
  const names: string[] = [];
  for (const line of source.split(/\r?\n/)) {
    const m = TOP_LEVEL_DEF.exec(line);
    if (m) names.push(m[1]!);
  }
  return names;
}

/** Why the source cannot be a python_callable, or null. */
export function pythonSourceProblem(source: string): string | null {
  const defs = topLevelDefs(source);
  if (defs.length === 1) return null;
  if (defs.length === 0) {
    return 'The python source has no top-level "def": write one function, e.g. "def run(**context):" at column 0.';
  }
  return `The python source defines ${defs.length} top-level functions (${defs.join(', ')}); keep exactly one (nest helpers inside it).`;
}
