import { describe, expect, it } from 'vitest';
import { errorFinding } from '../../model/findings.ts';
import { checkCallableSource } from '../../model/validate/python-source.ts';
import { codeMarks } from './code-marks.ts';

const at = (line: number, column: number) =>
  errorFinding('invalid-argument', 'tasks[0].python', 'bad', { line, column });

describe('codeMarks', () => {
  const text = 'def run():\n    x = (1 +\n    return x';

  it('marks from the column to the end of that line', () => {
    const [mark] = codeMarks(text, [at(2, 9)]);
    expect(text.slice(mark?.from, mark?.to)).toBe('(1 +');
    expect(mark).toMatchObject({ severity: 'error', message: 'bad' });
  });

  it('marks the last character when the error is at the end of a line', () => {
    const [mark] = codeMarks(text, [at(1, 11)]);
    expect(text.slice(mark?.from, mark?.to)).toBe(':');
  });

  it('clamps a place past the text (findings of an older text) instead of throwing', () => {
    const [mark] = codeMarks('def run(', [at(9, 40)]);
    expect(mark).toEqual({ severity: 'error', message: 'bad', from: 7, to: 8 });
    expect(codeMarks('', [at(3, 3)])).toEqual([
      { severity: 'error', message: 'bad', from: 0, to: 0 },
    ]);
  });

  it('leaves findings without a place to the field and the Problems panel', () => {
    expect(codeMarks(text, [errorFinding('invalid-argument', 'tasks[0].python', 'x')])).toEqual([]);
  });

  it('puts the validator’s own syntax error on the line that has it', () => {
    const source = '\ndef run():\n    return (\n';
    const check = checkCallableSource(source);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    const finding = errorFinding('invalid-argument', 'tasks[0].python', check.message, check.at);
    const [mark] = codeMarks(source, [finding]);
    const line = source.slice(0, mark?.from).split('\n').length;
    expect(line).toBe(check.at?.line);
    expect(check.message).toContain(`line ${line},`);
  });
});
