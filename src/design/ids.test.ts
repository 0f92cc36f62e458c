/** The one home of the id rules and group chains: each break and each way a chain ends. */
import { describe, expect, it } from 'vitest';
import { idBreak, taskIndexOfKey, taskKeys, walkGroupChain } from './ids.ts';
import { testDesign, testTask } from '../testing/designs.ts';

describe('idBreak', () => {
  it('names the first rule an id breaks', () => {
    expect(idBreak('task_id', '')).toBe('empty');
    expect(idBreak('task_id', 'x'.repeat(201))).toBe('too-long');
    expect(idBreak('group_id', 'a.b')).toBe('group-dot');
    expect(idBreak('task_id', '.a')).toBe('leading-dot-or-dash');
    expect(idBreak('task_id', 'a b')).toBe('bad-chars');
    expect(idBreak('task_id', 'a.b-c_1')).toBeNull();
  });
});

describe('walkGroupChain', () => {
  const parents = new Map<string, string | null>([
    ['outer', null],
    ['inner', 'outer'],
    ['loop1', 'loop2'],
    ['loop2', 'loop1'],
    ['orphan', 'missing'],
  ]);
  it('walks outermost first', () => {
    expect(walkGroupChain(parents, 'inner')).toEqual({ chain: ['outer', 'inner'] });
  });
  it('stops at a cycle and at an unknown group', () => {
    expect(walkGroupChain(parents, 'loop1').broken).toEqual({ reason: 'cycle', at: 'loop1' });
    expect(walkGroupChain(parents, 'orphan').broken).toEqual({ reason: 'unknown', at: 'missing' });
  });
});

describe('task keys', () => {
  it('name every task, the repeats of an id as <id>~<n>, and lead back to their index', () => {
    const d = testDesign({
      tasks: ['a', 'b', 'a', 'a'].map((id) => testTask(id)),
    });
    expect(taskKeys(d)).toEqual(['a', 'b', 'a~2', 'a~3']);
    expect(taskKeys(d).map((k) => taskIndexOfKey(d, k))).toEqual([0, 1, 2, 3]);
    expect(taskIndexOfKey(d, 'a~4')).toBe(-1);
    expect(taskIndexOfKey(d, 'zz')).toBe(-1);
  });
});
