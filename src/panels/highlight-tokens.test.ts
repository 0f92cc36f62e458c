import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitTokenLines, tokenize, type Token } from './highlight-tokens.ts';

const kinds = (tokens: Token[]) =>
  tokens.filter((t) => t.kind !== 'plain').map((t) => [t.kind, t.text]);

describe('tokenize python', () => {
  it('marks keywords, function names, builtins, numbers, comments and strings', () => {
    const code = 'def load(ds):\n    return len(ds) + 2  # count\n';
    expect(kinds(tokenize(code))).toEqual([
      ['keyword', 'def'],
      ['function', 'load'],
      ['keyword', 'return'],
      ['builtin', 'len'],
      ['number', '2'],
      ['comment', '# count'],
    ]);
  });

  it('keeps triple-quoted strings with quotes and newlines inside as one string', () => {
    const code = 'x = """a "b" \'c\'\nd"""\ny = 1';
    const tokens = tokenize(code);
    expect(tokens.find((t) => t.kind === 'string')?.text).toBe('"""a "b" \'c\'\nd"""');
    expect(tokens.find((t) => t.kind === 'number')?.text).toBe('1');
  });

  it('handles escaped quotes and string prefixes', () => {
    const tokens = tokenize("s = rb'a\\'b' + f\"{x}\"");
    expect(tokens.filter((t) => t.kind === 'string').map((t) => t.text)).toEqual([
      "rb'a\\'b'",
      'f"{x}"',
    ]);
  });

  it('splits Jinja out of string literals', () => {
    const tokens = tokenize("cmd = 'echo {{ ds }} done'");
    expect(kinds(tokens)).toEqual([
      ['string', "'echo "],
      ['jinja', '{{ ds }}'],
      ['string', " done'"],
    ]);
  });

  it('marks decorators only at line start', () => {
    const tokens = tokenize('@task.python\ndef f(): return a @ b');
    expect(tokens.filter((t) => t.kind === 'decorator').map((t) => t.text)).toEqual([
      '@task.python',
    ]);
  });

  it('does not colour identifiers that merely contain keywords', () => {
    expect(kinds(tokenize('define = format_x'))).toEqual([]);
  });

  it('leaves an unterminated string to the end of its line', () => {
    const tokens = tokenize("a = 'oops\nb = 2");
    expect(tokens.find((t) => t.kind === 'string')?.text).toBe("'oops");
    expect(tokens.find((t) => t.kind === 'number')?.text).toBe('2');
  });
});

describe('tokenize is total', () => {
  it('joins back to the input exactly, with no empty tokens, for any text', () => {
    const alphabet = fc.constantFrom(
      ...'abcdefrfb_09 \n\t#@$\'"\\{}%.+-()[]:=xé'.split(''),
      'def ',
      '"""',
      "'''",
      '{{',
      '}}',
      '${',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
        const code = parts.join('');
        const tokens = tokenize(code);
        expect(tokens.map((t) => t.text).join('')).toBe(code);
        expect(tokens.every((t) => t.text.length > 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('splitTokenLines', () => {
  it('cuts multi-line tokens and keeps one entry per line, including empty lines', () => {
    const lines = splitTokenLines(tokenize('a = """x\ny"""\n\nb'));
    expect(lines.map((line) => line.map((t) => t.text).join(''))).toEqual([
      'a = """x',
      'y"""',
      '',
      'b',
    ]);
    expect(lines[1]?.[0]).toEqual({ kind: 'string', text: 'y"""' });
  });
});
