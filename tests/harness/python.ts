/**
 * Test helpers that hand generated Python to a real interpreter. Tests only:
 * this file uses node:child_process and must never be imported by the
 * exporter itself (which runs in the browser).
 */
import { spawnSync } from 'node:child_process';

/** Interpreter for checks; PYTHON overrides (e.g. an Airflow venv's python). */
export const PYTHON = process.env['PYTHON'] ?? 'python3';

/**
 * Reads a JSON array of Python literal sources on stdin. For each: parse it as
 * the whole right-hand side of an assignment (so nothing may trail the
 * literal), evaluate it with ast.literal_eval, and answer the code points of
 * the resulting str, or an error text. One process for the whole batch.
 */
const LITERAL_CHECKER = `
import ast, json, sys
out = []
for src in json.load(sys.stdin):
    try:
        tree = ast.parse(("x = " + src + "\\n").encode("utf-8"))
        ok = len(tree.body) == 1 and isinstance(tree.body[0].value, ast.Constant)
        value = ast.literal_eval(src)
        if not ok or not isinstance(value, str):
            out.append("not a single str constant")
        else:
            out.append([ord(c) for c in value])
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))
sys.stdout.write(json.dumps(out))
`;

function runPython(script: string, input: string): string {
  const result = spawnSync(PYTHON, ['-c', script], {
    input,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`python exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

/** Code points of each literal's value as Python reads it, or the error Python raised. */
export function evalPythonStrLiterals(literals: readonly string[]): (number[] | string)[] {
  return JSON.parse(runPython(LITERAL_CHECKER, JSON.stringify(literals))) as (number[] | string)[];
}

/** Same for any literal: Python's value of each, as JSON (`null` when it cannot be JSON). */
const VALUE_CHECKER = `
import ast, json, sys
out = []
for src in json.load(sys.stdin):
    try:
        out.append({"value": ast.literal_eval(src)})
    except Exception as e:
        out.append({"error": type(e).__name__ + ": " + str(e)})
sys.stdout.write(json.dumps(out))
`;

export function evalPythonLiterals(
  literals: readonly string[],
): ({ value: unknown } | { error: string })[] {
  return JSON.parse(runPython(VALUE_CHECKER, JSON.stringify(literals))) as (
    { value: unknown } | { error: string }
  )[];
}

/** `ast.parse` of whole files: '' for each one that parses, else the SyntaxError text. */
const SOURCE_CHECKER = `
import ast, json, sys
out = []
for src in json.load(sys.stdin):
    try:
        ast.parse(src.encode("utf-8"))
        out.append("")
    except (SyntaxError, ValueError) as e:
        out.append(f"line {getattr(e, 'lineno', '?')}: {e}")
sys.stdout.write(json.dumps(out))
`;

export function parsePythonSources(sources: readonly string[]): string[] {
  return JSON.parse(runPython(SOURCE_CHECKER, JSON.stringify(sources))) as string[];
}

/** The code points of a JS string as Python would hold them (lone surrogates included). */
export function codePoints(s: string): number[] {
  return Array.from(s, (char) => char.codePointAt(0) ?? -1);
}

/**
 * For each DAG file: every call with a `task_id=` keyword, as
 * { task_id: { keyword: value } } (values by ast.literal_eval; non-literal
 * expressions such as timedelta(...) as "<expr>"), plus the `DAG(...)`
 * keywords under "<dag>". Proves values land in the argument they belong to.
 */
const CALLS_CHECKER = `
import ast, json, sys
def value(node):
    try:
        return ast.literal_eval(node)
    except Exception:
        return "<expr>"
out = []
for src in json.load(sys.stdin):
    calls = {}
    try:
        tree = ast.parse(src.encode("utf-8"))
    except SyntaxError as e:
        out.append({"<error>": str(e)})
        continue
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        kwargs = {k.arg: value(k.value) for k in node.keywords if k.arg}
        if isinstance(node.func, ast.Name) and node.func.id == "DAG":
            calls["<dag>"] = kwargs
        elif "task_id" in kwargs:
            calls[kwargs["task_id"]] = kwargs
    out.append(calls)
sys.stdout.write(json.dumps(out))
`;

export function pythonCallKeywords(
  sources: readonly string[],
): Record<string, Record<string, unknown>>[] {
  return JSON.parse(runPython(CALLS_CHECKER, JSON.stringify(sources))) as Record<
    string,
    Record<string, unknown>
  >[];
}

/**
 * What each source is to `ast.parse`: "syntax" when it raises, "def:<name>"
 * when its module body is exactly one (async) function definition, else
 * "module" (other statements at module level). The oracle for the callable
 * checker (src/model/validate/python-check.ts).
 */
const CALLABLE_SHAPE_CHECKER = `
import ast, json, sys
out = []
for src in json.load(sys.stdin):
    try:
        body = ast.parse(src.encode("utf-8", "surrogatepass")).body
    except (SyntaxError, ValueError):
        out.append("syntax")
        continue
    if len(body) == 1 and isinstance(body[0], (ast.FunctionDef, ast.AsyncFunctionDef)):
        out.append("def:" + body[0].name)
    else:
        out.append("module")
sys.stdout.write(json.dumps(out))
`;

export function pythonCallableShapes(sources: readonly string[]): string[] {
  return JSON.parse(runPython(CALLABLE_SHAPE_CHECKER, JSON.stringify(sources))) as string[];
}
