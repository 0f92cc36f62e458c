/**
 * Finds where and why a text is not JSON. `JSON.parse` errors differ between
 * engines (Node, Chrome, Firefox) and some carry no position at all, so this
 * small recognizer walks the text itself and reports the first problem as a
 * 1-based line and column. It is only run after `JSON.parse` has failed.
 */

export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

class SyntaxFound {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

function describeChar(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the file';
  if (ch === '\n') return 'a line break';
  return JSON.stringify(ch);
}

export interface JsonDuplicateKey {
  /** Path segments of the repeated key, e.g. ['tasks', 3, 'args', 'retries']. */
  path: (string | number)[];
  line: number;
  column: number;
}

class Recognizer {
  private pos = 0;
  /** Where the walk is, as path segments (kept only for duplicate-key reports). */
  private readonly path: (string | number)[] = [];
  /** The first repeated key found, if any. */
  duplicate: { path: (string | number)[]; offset: number } | null = null;
  constructor(private readonly text: string) {}

  run(): void {
    this.skipWhitespace();
    this.value('a value');
    this.skipWhitespace();
    if (this.pos < this.text.length) {
      this.fail(`unexpected ${describeChar(this.peek())} after the end of the JSON value`);
    }
  }

  private peek(): string | undefined {
    return this.text[this.pos];
  }

  private fail(message: string, offset = this.pos): never {
    throw new SyntaxFound(offset, message);
  }

  private skipWhitespace(): void {
    while (this.pos < this.text.length && WHITESPACE.has(this.text[this.pos] ?? '')) this.pos++;
  }

  private value(what: string): void {
    const ch = this.peek();
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch === '"') return this.string();
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    if (ch === "'") this.fail('strings must use double quotes (")');
    this.fail(`expected ${what}, found ${describeChar(ch)}`);
  }

  /**
   * The shared shape of objects and lists: `open item (, item)* close`, with
   * a trailing comma and a missing separator reported as such.
   */
  private sequence(close: '}' | ']', itemName: string, item: (index: number) => void): void {
    this.pos++; // the opening bracket
    this.skipWhitespace();
    if (this.peek() === close) {
      this.pos++;
      return;
    }
    for (let index = 0; ; index++) {
      this.skipWhitespace();
      if (this.peek() === close) this.fail(`trailing comma before "${close}"`);
      item(index);
      this.skipWhitespace();
      const next = this.peek();
      if (next === close) {
        this.pos++;
        return;
      }
      if (next !== ',') {
        this.fail(`expected "," or "${close}" after ${itemName}, found ${describeChar(next)}`);
      }
      this.pos++;
    }
  }

  private object(): void {
    const keys = new Set<string>();
    this.sequence('}', 'a property value', () => {
      if (this.peek() !== '"') {
        this.fail(`expected a quoted property name, found ${describeChar(this.peek())}`);
      }
      const keyStart = this.pos;
      this.string();
      const decoded: unknown = JSON.parse(this.text.slice(keyStart, this.pos));
      const key = typeof decoded === 'string' ? decoded : '';
      if (keys.has(key) && !this.duplicate) {
        this.duplicate = { path: [...this.path, key], offset: keyStart };
      }
      keys.add(key);
      this.skipWhitespace();
      if (this.peek() !== ':') {
        this.fail(`expected ":" after the property name, found ${describeChar(this.peek())}`);
      }
      this.pos++;
      this.skipWhitespace();
      this.path.push(key);
      this.value('a value after ":"');
      this.path.pop();
    });
  }

  private array(): void {
    this.sequence(']', 'a list item', (index) => {
      this.path.push(index);
      this.value('a list item');
      this.path.pop();
    });
  }

  private string(): void {
    const start = this.pos;
    this.pos++; // opening quote
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) this.fail('unterminated string', start);
      if (ch === '"') {
        this.pos++;
        return;
      }
      if (ch < ' ')
        this.fail(`raw control character ${describeChar(ch)} in a string (escape it, e.g. \\n)`);
      if (ch === '\\') {
        const esc = this.text[this.pos + 1];
        if (esc === 'u') {
          HEX4.lastIndex = this.pos + 2;
          if (!HEX4.test(this.text)) this.fail('bad \\u escape: expected 4 hex digits');
          this.pos += 6;
          continue;
        }
        if (esc === undefined || !ESCAPES.has(esc))
          this.fail(`bad escape \\${esc ?? ''} in a string`);
        this.pos += 2;
        continue;
      }
      this.pos++;
    }
  }

  private number(): void {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.text);
    if (!m || m[0] === '-') this.fail('bad number');
    this.pos += m[0].length;
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  try {
    new Recognizer(text).run();
    return null;
  } catch (e) {
    if (!(e instanceof SyntaxFound)) throw e;
    return { ...lineAndColumn(text, e.offset), message: e.message };
  }
}

/**
 * The first key that appears twice in one object. `JSON.parse` silently keeps
 * the last value, which hides mistakes such as a badly resolved merge
 * conflict; the parser reports it instead. `text` must be valid JSON.
 */
export function findDuplicateKey(text: string): JsonDuplicateKey | null {
  const recognizer = new Recognizer(text);
  recognizer.run();
  const dup = recognizer.duplicate;
  return dup ? { path: dup.path, ...lineAndColumn(text, dup.offset) } : null;
}
