/**
 * The one place where design data becomes Python source. Every string from a
 * design reaches the DAG file through `pyStr` / `pyText` (directly or via
 * `pyValue`), so "no value can break out of its string" is a property of this
 * module alone, and tests/python round-trip it against a real interpreter.
 *
 * Choices (documented in docs, tested in python-literal.test.ts):
 * - Double-quoted literals, like black writes them (single quotes when the
 *   text holds `"` but no `'`, to spare the backslashes).
 * - Printable characters, including non-ASCII letters and astral emoji, are
 *   written raw: the file is UTF-8 and stays readable.
 * - Everything Python's `str.isprintable()` would escape (controls, format
 *   characters such as the bidi overrides behind "Trojan source", line and
 *   paragraph separators, non-space separators like NBSP, private-use and
 *   unassigned code points) is escaped as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
 * - Lone surrogates (legal in a JS string, impossible in UTF-8) become
 *   `\udXXX`, which Python accepts in a literal and turns back into the same
 *   lone surrogate code point.
 */
import type { JsonValue } from '../design/design.ts';

/** Characters Python's repr would not print raw; the space is the one printable separator. */
const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

const SHORT_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

function hex(codePoint: number, width: number): string {
  return codePoint.toString(16).padStart(width, '0');
}

/** Escape of one code point that must not appear raw. */
function escapeCodePoint(char: string): string {
  const short = SHORT_ESCAPES[char];
  if (short !== undefined) return short;
  const codePoint = char.codePointAt(0) ?? 0;
  if (codePoint < 0x100) return `\\x${hex(codePoint, 2)}`;
  if (codePoint < 0x10000) return `\\u${hex(codePoint, 4)}`;
  return `\\U${hex(codePoint, 8)}`;
}

function needsEscape(char: string): boolean {
  return char === '\\' || (char !== ' ' && NON_PRINTABLE.test(char));
}

/**
 * A single-line Python string literal whose value is exactly `s` (every
 * UTF-16 code unit, lone surrogates included).
 */
export function pyStr(s: string): string {
  // Like black: double quotes, unless the text has double quotes and no
  // single ones (JSON payloads, SQL identifiers), where 'x "y"' reads better.
  const quote = s.includes('"') && !s.includes("'") ? "'" : '"';
  let out = quote;
  // for..of walks code points: surrogate pairs stay together (raw emoji),
  // lone surrogates come out alone and match \p{Cs}.
  for (const char of s) {
    if (char === quote) out += '\\' + quote;
    else if (needsEscape(char)) out += escapeCodePoint(char);
    else out += char;
  }
  return out + quote;
}

/**
 * Like `pyStr`, but a multi-line string is written as a readable
 * triple-quoted literal (`"""\` + raw lines + `"""`) for bash scripts, SQL and
 * docs. Only `\n` and tab stay raw; `\r` and every other non-printable
 * character are escaped exactly as in `pyStr` (a raw CR would be normalized
 * away by Python's reader). A `"` is escaped when another `"` follows it or it
 * ends the text, so no run of three quotes can form and close the literal.
 */
export function pyText(s: string): string {
  if (!s.includes('\n')) return pyStr(s);
  // The backslash-newline after the opening quotes is a line continuation: it
  // adds nothing to the value and lets the text start on its own line.
  return tripleQuoted(s, '"""\\\n');
}

/** A module docstring: the `pyText` escaping, always triple-quoted, text right after the quotes. */
export function pyDocstring(s: string): string {
  return tripleQuoted(s, '"""');
}

function tripleQuoted(s: string, open: string): string {
  const chars = Array.from(s);
  let out = open;
  chars.forEach((char, i) => {
    if (char === '"') out += chars[i + 1] === '"' || i === chars.length - 1 ? '\\"' : '"';
    else if (char === '\n' || char === '\t') out += char;
    else if (needsEscape(char)) out += escapeCodePoint(char);
    else out += char;
  });
  return out + '"""';
}

/**
 * A Python number literal. Integer-valued numbers become Python ints written
 * in full (JSON cannot tell `1e21` from `1000000000000000000000`; an int is
 * what an Airflow argument expects); others keep JavaScript's shortest
 * round-trip form, which Python reads as the same float.
 */
export function pyNumber(n: number): string {
  if (!Number.isFinite(n))
    throw new Error(`Cannot write ${String(n)} as a Python number (JSON has no such value)`);
  if (Number.isInteger(n))
    return Number.isSafeInteger(n) ? String(n === 0 ? 0 : n) : BigInt(n).toString();
  return String(n);
}

/** Python keywords (3.8-3.13); soft keywords (`match`, `case`, `type`, `_`) are valid names. */
export const PYTHON_KEYWORDS: ReadonlySet<string> = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
]);

/**
 * True for a name usable as a Python identifier in generated code. Deliberately
 * ASCII-only: Python NFKC-normalizes non-ASCII identifiers, so two different
 * looking names could bind the same variable.
 */
export function isPythonIdentifier(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !PYTHON_KEYWORDS.has(name);
}

/** A dotted module path (`my_pkg.ops`) whose every part is an identifier. */
export function isPythonModulePath(path: string): boolean {
  return path.split('.').every(isPythonIdentifier);
}

/** Python source of an expression, possibly spread over several lines. */
export type PyExpr = string;

/** Longest line we try to keep to before breaking a list or dict over lines (black's default + room). */
export const LINE_WIDTH = 100;

/**
 * Items (`value` or `key: value`) joined on one line when that fits, else one
 * per line with trailing commas (or always so with `multiline`).
 */
export function pyBracketed(
  open: string,
  items: readonly string[],
  close: string,
  indent: string,
  multiline = false,
): PyExpr {
  if (items.length === 0) return open + close;
  const flat = `${open}${items.join(', ')}${close}`;
  if (!multiline && !flat.includes('\n') && indent.length + flat.length <= LINE_WIDTH) return flat;
  const inner = indent + '    ';
  return `${open}\n${items.map((item) => `${inner}${item},\n`).join('')}${indent}${close}`;
}

/**
 * A JSON value as a Python literal: `None`/`True`/`False`, ints and floats,
 * strings via `pyStr`, lists and dicts (keys via `pyStr`) nested to any depth.
 * `indent` is the indentation of the line the value starts on; long lists and
 * dicts break one item per line below it.
 */
export function pyValue(value: JsonValue, indent = ''): PyExpr {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return pyNumber(value);
  if (typeof value === 'string') return pyStr(value);
  const inner = indent + '    ';
  if (Array.isArray(value)) {
    return pyBracketed(
      '[',
      value.map((item) => pyValue(item, inner)),
      ']',
      indent,
    );
  }
  return pyBracketed(
    '{',
    Object.entries(value).map(([key, item]) => `${pyStr(key)}: ${pyValue(item, inner)}`),
    '}',
    indent,
  );
}
