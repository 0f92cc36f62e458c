import { describe, expect, it } from 'vitest';
import { parseNumberDraft } from './number-draft.ts';

describe('parseNumberDraft', () => {
  it('commits complete numbers and treats empty as "remove"', () => {
    expect(parseNumberDraft('3', 'integer')).toEqual({ ok: true, value: 3 });
    expect(parseNumberDraft(' -2 ', 'integer')).toEqual({ ok: true, value: -2 });
    expect(parseNumberDraft('1.5', 'number')).toEqual({ ok: true, value: 1.5 });
    expect(parseNumberDraft('1e3', 'integer')).toEqual({ ok: true, value: 1000 });
    expect(parseNumberDraft('', 'number')).toEqual({ ok: true, value: undefined });
  });

  it('keeps partial input as an error instead of a wrong number', () => {
    for (const partial of ['-', '1e', '+', '.', 'abc', '0x10', '1,5']) {
      expect(parseNumberDraft(partial, 'number').ok, partial).toBe(false);
    }
    expect(parseNumberDraft('1.5', 'integer')).toEqual({
      ok: false,
      error: 'Must be a whole number',
    });
    expect(parseNumberDraft('1e999', 'number').ok).toBe(false);
  });
});
