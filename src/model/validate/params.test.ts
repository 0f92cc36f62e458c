/** Param keyword checks: wrong JSON types and typos are invalid-argument with their path. */
import { describe, expect, it } from 'vitest';
import { checkParam } from './params.ts';

const paths = (param: Parameters<typeof checkParam>[1], scheduled = false) =>
  checkParam('day', param, 'dag.params.day', scheduled).map((f) => `${f.code} ${f.path}`);

describe('checkParam', () => {
  it('accepts rich keywords and a list of types', () => {
    expect(
      paths({ default: null, type: ['null', 'string'], title: 'T', items: { type: 'string' } }),
    ).toEqual([]);
  });
  it('names the keyword whose value has the wrong JSON type', () => {
    expect(paths({ default: 1, minimum: 'x' })).toEqual([
      'invalid-argument dag.params.day.minimum',
    ]);
    expect(paths({ type: 'text' })).toEqual(['invalid-argument dag.params.day.type']);
  });
  it('suggests the keyword a typo meant', () => {
    const [f] = checkParam('day', { minimun: 1 }, 'dag.params.day', false);
    expect(f?.message).toContain('Did you mean "minimum"?');
  });
  it('keeps custom keywords silently', () => {
    expect(paths({ 'x-ui-hint': 'hidden' })).toEqual([]);
  });
  it('checks the default against its schema, but not Jinja defaults', () => {
    expect(paths({ default: 'x', type: 'integer' })).toEqual([
      'invalid-argument dag.params.day.default',
    ]);
    expect(paths({ default: 'ab', maxLength: 1 })).toEqual([
      'invalid-argument dag.params.day.default',
    ]);
    expect(paths({ default: '{{ ds }}', type: 'string', maxLength: 1 })).toEqual([]);
  });
  it('refuses a param without default on a scheduled DAG', () => {
    expect(paths({ type: 'string' }, true)).toEqual(['invalid-argument dag.params.day']);
  });
});
