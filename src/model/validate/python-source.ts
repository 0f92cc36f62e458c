/**
 * The rule for a task's `python` field, used by validation and by the
 * exporter alike: after normalization it must parse as Python 3.11 and be
 * exactly one top-level function definition (decorators and comments around
 * it allowed, nothing else at module level), whose name the DAG file does not
 * bind itself. See docs/FORMAT.md "Python callables".
 */
import { callableNameProblem } from '../dag-file-names.ts';
import type { TextPosition } from '../findings.ts';
import { commonIndent, normalizePythonSource, readCallable } from './python-check.ts';

export { normalizePythonSource } from './python-check.ts';

export type CallableCheck =
  { ok: true; name: string; source: string } | { ok: false; message: string; at?: TextPosition };

/**
 * Where `at` (1-based, in the normalized source) is in the text as typed:
 * normalization drops leading blank lines and a common indent, so a syntax
 * error is reported (and marked in the editor) on the line the user sees.
 * Line breaks count as in the normalized text (`\r\n`, `\r` and `\n` are one).
 */
function rawPosition(raw: string, at: TextPosition): TextPosition {
  const lines = raw.split(/\r\n?|\n/);
  const blankLead = lines.findIndex((line) => !/^[ \t]*$/.test(line));
  const common = commonIndent(lines);
  const line = at.line + Math.max(blankLead, 0);
  const length = lines[line - 1]?.length ?? 0;
  return { line, column: at.column + Math.min(common.length, length) };
}

/** The normalized source and its function's name, or why it cannot be a python_callable. */
export function checkCallableSource(raw: string): CallableCheck {
  const source = normalizePythonSource(raw);
  const shape = readCallable(source);
  if (shape.kind === 'syntax-error') {
    const at = rawPosition(raw, shape);
    return {
      ok: false,
      message: `Python syntax error at line ${at.line}, column ${at.column}: ${shape.message}.`,
      at,
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
