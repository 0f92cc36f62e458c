import { describe, expect, it } from 'vitest';
import { findDuplicateKey, findJsonSyntaxError } from './json-syntax.ts';

describe('findJsonSyntaxError', () => {
  it.each([
    '{}',
    '[1, -2.5e3, "a\\u00e9\\n", true, false, null, {"k": []}]',
    ' \n"x"\n',
    '{"a": {"b": [0, {"c": "\\"\\\\"}]}}',
  ])('accepts valid JSON %s', (text) => {
    expect(() => JSON.parse(text) as unknown).not.toThrow();
    expect(findJsonSyntaxError(text)).toBeNull();
  });

  it.each([
    ['', 1, 1, 'expected a value, found the end of the file'],
    ['{"a": 1,}', 1, 9, 'trailing comma before "}"'],
    ['[1, 2,]', 1, 7, 'trailing comma before "]"'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'expected "," or "}" after a property value, found "\\""'],
    ["{'a': 1}", 1, 2, 'expected a quoted property name, found "\'"'],
    ['{"a" 1}', 1, 6, 'expected ":" after the property name, found "1"'],
    ['{"a": "x', 1, 7, 'unterminated string'],
    ['{"a": "\\q"}', 1, 8, 'bad escape \\q in a string'],
    ['{"a": 01}', 1, 8, 'expected "," or "}" after a property value, found "1"'],
    ['{"a": tru}', 1, 7, 'expected a value after ":", found "t"'],
    ['{} {}', 1, 4, 'unexpected "{" after the end of the JSON value'],
    ['["a\tb"]', 1, 4, 'raw control character "\\t" in a string (escape it, e.g. \\n)'],
  ])('reports %j at %i:%i', (text, line, column, message) => {
    expect(() => JSON.parse(text) as unknown).toThrow();
    expect(findJsonSyntaxError(text)).toEqual({ line, column, message });
  });
});

describe('findDuplicateKey', () => {
  it('finds the first repeated key with its path and position', () => {
    expect(findDuplicateKey('{"a": [{"x": 1}, {"x": 1, "y": 2, "x": 3}], "a": 0}')).toEqual({
      path: ['a', 1, 'x'],
      line: 1,
      column: 35,
    });
    expect(findDuplicateKey('{"a": {"b": 1}, "b": {"a": 2}}')).toBeNull();
    expect(findDuplicateKey('{"\\u0061": 1, "a": 2}')?.path).toEqual(['a']);
  });
});
