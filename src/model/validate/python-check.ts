/**
 * Reads a task's `python` field with a real Python grammar (@lezer/python)
 * and says what it is: a syntax error (with line and column), something other
 * than one top-level function definition, or that function's name.
 *
 * The source checked is the source exported (`normalizePythonSource`): the
 * exporter writes it verbatim at module level of the DAG file, so anything
 * outside the def would run on every parse of the file by the scheduler.
 *
 * lezer is error-tolerant and knows a superset of Python 3.11 (the MWAA and
 * test interpreters): where it accepts what CPython 3.11 refuses, the extra
 * checks below refuse it too (NUL and lone surrogates, Python 2 `print x`,
 * 3.12 `type` aliases and `def f[T]`, tab/space indentation that is
 * ambiguous, a backslash continuation at the end, nested same-quote
 * f-strings). python-check.test.ts holds this against Python's own `ast`.
 */
import { parser } from '@lezer/python';
import type { SyntaxNode, Tree } from '@lezer/common';

export type CallableShape =
  | { kind: 'syntax-error'; line: number; column: number; message: string }
  | { kind: 'not-one-def'; message: string }
  | { kind: 'def'; name: string; line: number; column: number };

/**
 * The source as the exporter writes it: line endings become `\n` (CR-only
 * too), a uniformly indented paste is dedented, leading blank lines and
 * trailing whitespace go.
 */
export function normalizePythonSource(source: string): string {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  return dedent(lines)
    .join('\n')
    .replace(/\s+$/, '')
    .replace(/^(?:[ \t]*\n)+/, '');
}

/** The indent every non-blank line starts with (what dedenting removes). */
export function commonIndent(lines: readonly string[]): string {
  const indents = lines
    .filter((line) => line.trim() !== '')
    .map((line) => /^[ \t]*/.exec(line)?.[0] ?? '');
  let common = indents[0] ?? '';
  for (const indent of indents) {
    while (!indent.startsWith(common)) common = common.slice(0, -1);
  }
  return common;
}

function dedent(lines: readonly string[]): string[] {
  const common = commonIndent(lines);
  return lines.map((line) => line.slice(Math.min(common.length, line.length)));
}

/** 1-based line and column of offset `at` in `source`. */
function position(source: string, at: number): { line: number; column: number } {
  const before = source.slice(0, at);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: at - lineStart + 1 };
}

function syntaxError(source: string, at: number, message: string): CallableShape {
  const { line, column } = position(source, at);
  return { kind: 'syntax-error', line, column, message };
}

/** Node types lezer knows that CPython 3.11 refuses, with why. */
const NOT_PYTHON_311: Readonly<Record<string, string>> = {
  PrintStatement: '"print x" is Python 2; call print(x)',
  TypeDefinition: '"type X = ..." needs Python 3.12',
  TypeParamList: 'type parameters ("def f[T]") need Python 3.12',
};

/** The first place lezer could not read, or a construct Python 3.11 refuses. */
function firstTreeProblem(tree: Tree, source: string): CallableShape | null {
  let found: CallableShape | null = null;
  tree.iterate({
    enter(node) {
      if (found) return false;
      if (node.type.isError) {
        const near = source.slice(node.from, node.from + 12).split('\n')[0];
        found = syntaxError(
          source,
          node.from,
          near ? `invalid syntax near "${near}"` : 'invalid syntax (something is missing here)',
        );
        return false;
      }
      const why = NOT_PYTHON_311[node.name];
      if (why !== undefined) {
        found = syntaxError(source, node.from, why);
        return false;
      }
      if (node.name === 'Number' && !PY_NUMBER.test(source.slice(node.from, node.to))) {
        found = syntaxError(
          source,
          node.from,
          `"${source.slice(node.from, node.to)}" is not a Python number`,
        );
        return false;
      }
      if (node.name === 'FormatString' && nestsItsOwnQuote(source.slice(node.from, node.to))) {
        found = syntaxError(
          source,
          node.from,
          'an f-string may not reuse its own quote inside {...} before Python 3.12',
        );
        return false;
      }
      return undefined;
    },
  });
  return found;
}

/** Python 3 number literals (lezer also takes `01`, `0_`, `1__0`). */
const DIGITS = '[0-9](?:_?[0-9])*';
const EXPONENT = `[eE][+-]?${DIGITS}`;
const POINT_FLOAT = `(?:(?:${DIGITS})?\\.${DIGITS}|${DIGITS}\\.)`;
const PY_NUMBER = new RegExp(
  '^(?:' +
    [
      '0[xX](?:_?[0-9a-fA-F])+',
      '0[oO](?:_?[0-7])+',
      '0[bB](?:_?[01])+',
      '[1-9](?:_?[0-9])*',
      '0(?:_?0)*',
      `${POINT_FLOAT}(?:${EXPONENT})?[jJ]?`,
      `${DIGITS}${EXPONENT}[jJ]?`,
      `${DIGITS}[jJ]`,
    ].join('|') +
    ')$',
);

/** `f"{x["a"]}"`: the f-string's quote character appears inside a replacement field. */
function nestsItsOwnQuote(text: string): boolean {
  const m = /^[A-Za-z]*("""|'''|"|')/.exec(text);
  if (!m) return false;
  const quote = m[1]!;
  const body = text.slice(m[0].length, text.length - quote.length);
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '{') {
      if (depth === 0 && body[i + 1] === '{') i++;
      else depth++;
    } else if (c === '}' && depth > 0) depth--;
    else if (depth > 0 && body.startsWith(quote, i)) return true;
  }
  return false;
}

/** Tokens and nodes that begin a logical line inside a compound statement. */
const LINE_STARTERS = new Set(['Decorator', 'elif', 'else', 'except', 'finally', 'MatchClause']);
/** Nodes whose children may be statements. */
const BLOCKS = new Set(['Body', 'MatchBody', 'MatchClause']);

/**
 * CPython's tokenizer compares each logical line's indent twice, with tabs
 * to the next multiple of 8 and with a tab as one column; when the two
 * readings disagree it raises TabError. lezer reads only one way.
 */
function indentationProblem(tree: Tree, source: string): CallableShape | null {
  const starts = new Set<number>();
  tree.iterate({
    enter(node) {
      if (node.type.is('Statement') || LINE_STARTERS.has(node.name)) {
        const lineStart = source.lastIndexOf('\n', node.from - 1) + 1;
        if (/^[ \t]*$/.test(source.slice(lineStart, node.from))) starts.add(lineStart);
      }
      // Only statements hold further logical lines (not expressions, strings, brackets).
      return node.name === 'Script' || node.type.is('Statement') || BLOCKS.has(node.name);
    },
  });
  const stack: [number, number][] = [[0, 0]];
  for (const lineStart of [...starts].sort((a, b) => a - b)) {
    const indent = /^[ \t]*/.exec(source.slice(lineStart))?.[0] ?? '';
    let col = 0;
    let alt = 0;
    for (const c of indent) {
      col = c === '\t' ? (Math.floor(col / 8) + 1) * 8 : col + 1;
      alt += 1;
    }
    const bad = () =>
      syntaxError(source, lineStart, 'inconsistent use of tabs and spaces in indentation');
    let top = stack[stack.length - 1]!;
    if (col === top[0]) {
      if (alt !== top[1]) return bad();
    } else if (col > top[0]) {
      if (alt <= top[1]) return bad();
      stack.push([col, alt]);
    } else {
      while (stack.length > 1 && col < top[0]) {
        stack.pop();
        top = stack[stack.length - 1]!;
      }
      if (col !== top[0] || alt !== top[1]) return bad();
    }
  }
  return null;
}

/** A function definition, possibly under decorators; null for anything else. */
function functionOf(node: SyntaxNode): SyntaxNode | null {
  if (node.name === 'FunctionDefinition') return node;
  if (node.name === 'DecoratedStatement') {
    const last = node.lastChild;
    return last?.name === 'FunctionDefinition' ? last : null;
  }
  return null;
}

/** What the (already normalized) source is, as a python_callable. */
export function readCallable(source: string): CallableShape {
  const bad = /[\0\p{Cs}]/u.exec(source);
  if (bad) {
    return syntaxError(
      source,
      bad.index,
      bad[0] === '\0'
        ? 'a NUL character, which a Python file cannot contain'
        : 'a lone surrogate, which a UTF-8 Python file cannot contain',
    );
  }
  if (source.endsWith('\\')) {
    return syntaxError(source, source.length - 1, 'a backslash continuation with nothing after it');
  }
  const tree = parser.parse(source);
  const problem = firstTreeProblem(tree, source) ?? indentationProblem(tree, source);
  if (problem) return problem;

  const statements: SyntaxNode[] = [];
  for (let n = tree.topNode.firstChild; n; n = n.nextSibling) {
    if (n.name !== 'Comment') statements.push(n);
  }
  const fn = statements.length === 1 ? functionOf(statements[0]!) : null;
  const nameNode = fn?.getChild('VariableName');
  if (!fn || !nameNode) {
    const defs = statements.flatMap((s) => {
      const name = functionOf(s)?.getChild('VariableName');
      return name ? [source.slice(name.from, name.to)] : [];
    });
    return {
      kind: 'not-one-def',
      message:
        statements.length === 0
          ? 'The python source has no function: write one, e.g. "def run(**context):" at column 0.'
          : defs.length > 1
            ? `The python source defines ${defs.length} top-level functions (${defs.join(', ')}); keep exactly one (nest helpers inside it).`
            : defs.length === 0
              ? 'The python source must be one top-level function ("def name(...):"), not other code.'
              : `The python source must be one top-level function and nothing else at module level (it has ${statements.length} top-level statements): move imports and other code inside "${defs[0]}".`,
    };
  }
  return {
    kind: 'def',
    name: source.slice(nameNode.from, nameNode.to),
    ...position(source, fn.from),
  };
}
