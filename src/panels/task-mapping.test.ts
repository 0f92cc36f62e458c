import { describe, expect, it } from 'vitest';
import { parseListDraft } from './TaskMapping.tsx';

describe('a mapped list typed as JSON', () => {
  it('is a list of JSON values, or says why not', () => {
    expect(parseListDraft('[1, "a", {"k": null}]')).toEqual({
      ok: true,
      list: [1, 'a', { k: null }],
    });
    expect(parseListDraft('{"a": 1}')).toEqual({
      ok: false,
      error: 'expected a JSON list, e.g. [1, 2, 3]',
    });
    const broken = parseListDraft('["a.csv", ');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.error).toMatch(/^not JSON: /);
  });
});
