/**
 * Whole numbers beyond 2^53 (9007199254740991): a double cannot hold every
 * one of them, so JSON readers (JavaScript here) have already changed the
 * digits the file spelled, and the export would write the changed number.
 * They are refused with their path rather than changed silently; write them
 * as strings if the operator takes one.
 */
import type { Design, JsonValue } from '../../design/design.ts';
import { errorFinding, type Finding } from '../findings.ts';
import { childPath } from '../paths.ts';

function scan(value: JsonValue | undefined, path: string, out: Finding[]): void {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
      out.push(
        errorFinding(
          'invalid-argument',
          path,
          `The whole number ${BigInt(value)} is beyond 2^53 (9007199254740991): its exact digits cannot be kept (a JSON reader rounds them), so it is refused rather than changed; write it as a string if the operator takes one.`,
        ),
      );
    }
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => scan(v, childPath(path, i), out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) scan(v, childPath(path, k), out);
  }
}

export function checkUnsafeIntegers(design: Design): Finding[] {
  const out: Finding[] = [];
  const dag = design.dag;
  for (const key of ['max_active_runs', 'max_active_tasks', 'dagrun_timeout'] as const) {
    scan(dag[key], `dag.${key}`, out);
  }
  scan(dag.default_args, 'dag.default_args', out);
  for (const [name, param] of Object.entries(dag.params)) {
    const path = childPath('dag.params', name);
    scan(param.default, childPath(path, 'default'), out);
    scan(param.enum, childPath(path, 'enum'), out);
    scan(param.minimum, childPath(path, 'minimum'), out);
    scan(param.maximum, childPath(path, 'maximum'), out);
  }
  design.tasks.forEach((t, i) => scan(t.args, `tasks[${i}].args`, out));
  return out;
}
