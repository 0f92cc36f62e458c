import { describe, expect, it } from 'vitest';
import type { NodeChange } from '@xyflow/react';
import { selectionAfter } from './selection-changes.ts';

const sel = (id: string, selected = true): NodeChange => ({ type: 'select', id, selected });
const none = { selectedTaskIds: [], selectedGroupId: null };

describe('selection from React Flow changes', () => {
  it('a rubber band over groups and tasks selects the tasks, not one group', () => {
    const changes = [sel('group:g1'), sel('a'), sel('group:g2'), sel('b'), sel('c')];
    expect(selectionAfter(changes, none)).toEqual({ kind: 'tasks', taskIds: ['a', 'b', 'c'] });
  });

  it('a group entering a band whose tasks are already selected keeps the tasks', () => {
    const current = { selectedTaskIds: ['a', 'b'], selectedGroupId: null };
    // React Flow re-reports the group (never selected in the store) as the band grows.
    expect(selectionAfter([sel('group:g1')], current)).toBeNull();
    expect(selectionAfter([sel('group:g1'), sel('c')], current)).toEqual({
      kind: 'tasks',
      taskIds: ['a', 'b', 'c'],
    });
  });

  it('a click on a group box selects that group (and drops the selected tasks)', () => {
    const current = { selectedTaskIds: ['a', 'b'], selectedGroupId: null };
    const changes = [sel('group:g1'), sel('a', false), sel('b', false)];
    expect(selectionAfter(changes, current)).toEqual({ kind: 'group', groupId: 'g1' });
    expect(selectionAfter([sel('group:g2')], none)).toEqual({ kind: 'group', groupId: 'g2' });
  });

  it('a band over empty groups only selects a group', () => {
    expect(selectionAfter([sel('group:g1')], none)).toEqual({ kind: 'group', groupId: 'g1' });
  });

  it('deselecting: tasks drop out, a deselected group clears the group', () => {
    const tasks = { selectedTaskIds: ['a', 'b'], selectedGroupId: null };
    expect(selectionAfter([sel('a', false)], tasks)).toEqual({ kind: 'tasks', taskIds: ['b'] });
    const group = { selectedTaskIds: [], selectedGroupId: 'g1' };
    expect(selectionAfter([sel('group:g1', false)], group)).toEqual({
      kind: 'group',
      groupId: null,
    });
    expect(selectionAfter([sel('group:g1', false)], none)).toBeNull();
  });

  it('ignores changes that are not selections', () => {
    const move: NodeChange = { type: 'position', id: 'a', position: { x: 1, y: 1 } };
    expect(selectionAfter([move], none)).toBeNull();
  });
});
