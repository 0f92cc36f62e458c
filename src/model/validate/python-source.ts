/**
 * The rule for a task's `python` field, used by validation and by the
 * exporter alike: after normalization it must parse as Python 3.11 and be
 * exactly one top-level function definition (decorators and comments around
 * it allowed, nothing else at module level), whose name the DAG file does not
 * bind itself. See docs/FORMAT.md "Python callables".
 */
import { callableNameProblem } from '../dag-file-names.ts';
import { normalizePythonSource, readCallable } from './python-check.ts';

export { normalizePythonSource } from './python-check.ts';

export type CallableCheck =
  { ok: true; name: string; source: string } | { ok: false; message: string };

/** The normalized source and its function's name, or why it cannot be a python_callable. */
export function checkCallableSource(raw: string): CallableCheck {
  const source = normalizePythonSource(raw);
  const shape = readCallable(source);
  if (shape.kind === 'syntax-error') {
    return {
      ok: false,
      message: `Python syntax error at line ${shape.line}, column ${shape.column}: ${shape.message}.`,
    };
  }
  if (shape.kind === 'not-one-def') return { ok: false, message: shape.message };
  const nameProblem = callableNameProblem(shape.name);
  if (nameProblem) return { ok: false, message: `The python function: ${nameProblem}.` };
  return { ok: true, name: shape.name, source };
}

/** Why the source cannot be a python_callable, or null. */
export function pythonSourceProblem(source: string): string | null {
  const check = checkCallableSource(source);
  return check.ok ? null : check.message;
}
