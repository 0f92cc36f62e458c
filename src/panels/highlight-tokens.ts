/**
 * A small, total tokenizer for highlighting the exported DAG file in the
 * read-only Code panel (the editable fields use CodeMirror, loaded lazily;
 * this stays in the first-load bundle because it is a few hundred bytes and
 * the Code panel should not wait for the editor chunk). It never fails and
 * never drops a character: joining the tokens gives back the input exactly.
 */

export type TokenKind =
  | 'plain'
  | 'keyword'
  | 'builtin'
  | 'string'
  | 'jinja'
  | 'comment'
  | 'number'
  | 'decorator'
  | 'function';

export interface Token {
  kind: TokenKind;
  text: string;
}

const PY_KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except ' +
    'finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case'
  ).split(' '),
);
const PY_BUILTINS = new Set(
  (
    'abs all any bool dict enumerate filter float format getattr hasattr int isinstance len list map ' +
    'max min next open print range repr reversed round set sorted str sum super tuple type zip ' +
    'Exception ValueError KeyError RuntimeError self timedelta datetime'
  ).split(' '),
);
const JINJA = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;

/** Split a string literal so Airflow's `{{ ds }}` stands out inside it. */
function pushStringWithJinja(tokens: Token[], text: string): void {
  let last = 0;
  for (const match of text.matchAll(JINJA)) {
    const start = match.index;
    if (start > last) push(tokens, 'string', text.slice(last, start));
    push(tokens, 'jinja', match[0]);
    last = start + match[0].length;
  }
  if (last < text.length) push(tokens, 'string', text.slice(last));
}

/** Append, merging neighbours of the same kind so the DOM stays small. */
function push(tokens: Token[], kind: TokenKind, text: string): void {
  if (text === '') return;
  const previous = tokens[tokens.length - 1];
  if (previous && previous.kind === kind && (kind === 'plain' || kind === 'string')) {
    previous.text += text;
  } else {
    tokens.push({ kind, text });
  }
}

/** End index (exclusive) of a quoted run starting at `start` with `quote`, honouring backslashes. */
function quotedEnd(
  code: string,
  start: number,
  quote: string,
  escapes: boolean,
  multiline: boolean,
): number {
  let i = start + quote.length;
  while (i < code.length) {
    if (escapes && code[i] === '\\') {
      i += 2;
      continue;
    }
    if (code.startsWith(quote, i)) return i + quote.length;
    if (!multiline && code[i] === '\n') return i;
    i += 1;
  }
  return code.length;
}

const PY_STRING_START = /[rRbBuUfF]{0,2}('''|"""|'|")/y;
const PY_NUMBER =
  /(0[xXoObB][\da-fA-F_]+|\d[\d_]*\.?[\d_]*(?:[eE][-+]?\d+)?j?|\.\d[\d_]*(?:[eE][-+]?\d+)?j?)/y;
const IDENTIFIER = /[A-Za-z_]\w*/y;
const DECORATOR = /@[A-Za-z_][\w.]*/y;

function stickyMatch(pattern: RegExp, code: string, at: number): string | null {
  pattern.lastIndex = at;
  const match = pattern.exec(code);
  return match ? match[0] : null;
}

function tokenizePython(code: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let previousWord = '';
  let atLineStart = true;
  while (i < code.length) {
    const ch = code[i] as string;
    if (ch === '#') {
      const end = code.indexOf('\n', i);
      const stop = end === -1 ? code.length : end;
      push(tokens, 'comment', code.slice(i, stop));
      i = stop;
      continue;
    }
    const stringStart = stickyMatch(PY_STRING_START, code, i);
    if (stringStart) {
      const quote = stringStart.replace(/^[rRbBuUfF]+/, '');
      const prefixLength = stringStart.length - quote.length;
      const end = quotedEnd(code, i + prefixLength, quote, true, quote.length === 3);
      pushStringWithJinja(tokens, code.slice(i, end));
      i = end;
      previousWord = '';
      atLineStart = false;
      continue;
    }
    if (atLineStart && ch === '@') {
      const decorator = stickyMatch(DECORATOR, code, i);
      if (decorator) {
        push(tokens, 'decorator', decorator);
        i += decorator.length;
        atLineStart = false;
        continue;
      }
    }
    const word = stickyMatch(IDENTIFIER, code, i);
    if (word) {
      const kind: TokenKind =
        previousWord === 'def' || previousWord === 'class'
          ? 'function'
          : PY_KEYWORDS.has(word)
            ? 'keyword'
            : PY_BUILTINS.has(word)
              ? 'builtin'
              : 'plain';
      push(tokens, kind, word);
      previousWord = word;
      i += word.length;
      atLineStart = false;
      continue;
    }
    if (/\d/.test(ch) || (ch === '.' && /\d/.test(code[i + 1] ?? ''))) {
      const number = stickyMatch(PY_NUMBER, code, i) ?? ch;
      push(tokens, 'number', number);
      i += number.length;
      atLineStart = false;
      continue;
    }
    push(tokens, 'plain', ch);
    if (ch === '\n') atLineStart = true;
    else if (ch !== ' ' && ch !== '\t') {
      atLineStart = false;
      previousWord = '';
    }
    i += 1;
  }
  return tokens;
}

/** Python tokens of `code`; joined, they give back `code` exactly. */
export function tokenize(code: string): Token[] {
  return tokenizePython(code);
}

/**
 * Tokens per line (tokens that span a newline, like triple-quoted strings,
 * are cut), so the code view can number lines and mark a task's range.
 */
export function splitTokenLines(tokens: readonly Token[]): Token[][] {
  const lines: Token[][] = [[]];
  for (const token of tokens) {
    const pieces = token.text.split('\n');
    pieces.forEach((piece, index) => {
      if (index > 0) lines.push([]);
      if (piece !== '')
        (lines[lines.length - 1] as Token[]).push({ kind: token.kind, text: piece });
    });
  }
  return lines;
}
