import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDesign } from '../io/index.ts';
import type { Design } from '../design/design.ts';
import { editorStore } from './editor-store.ts';
import { checkedDesignNow, LARGE_DESIGN_TASKS, SETTLE_MS } from './checked-design.ts';

const s = () => editorStore.getState();

function designOf(tasks: number): Design {
  const design = emptyDesign('big_dag');
  return {
    ...design,
    tasks: Array.from({ length: tasks }, (_, i) => ({
      task_id: `t_${i}`,
      operator: 'BashOperator',
      args: { bash_command: 'echo hi' },
      group: null,
      ui: { x: 0, y: i * 100 },
    })),
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  s().loadDesign(emptyDesign('test_dag'));
  vi.runAllTimers();
});
afterEach(() => vi.useRealTimers());

describe('the checked design', () => {
  it('follows every edit of a small design at once', () => {
    s().addTaskFromOperator('BashOperator', { x: 0, y: 0 });
    expect(checkedDesignNow()).toBe(s().design);
    s().apply({ type: 'updateTaskArgs', taskId: 'bash_1', set: { bash_command: 'echo a' } });
    expect(checkedDesignNow()).toBe(s().design);
  });

  it('takes a large design at once when opened, then once edits pause', () => {
    s().loadDesign(designOf(LARGE_DESIGN_TASKS));
    const opened = s().design;
    expect(checkedDesignNow()).toBe(opened);
    for (const text of ['echo a', 'echo ab', 'echo abc']) {
      s().apply({ type: 'updateTaskArgs', taskId: 't_3', set: { bash_command: text } });
      vi.advanceTimersByTime(SETTLE_MS - 50);
      // Still typing: the findings stay those of the design before the edits.
      expect(checkedDesignNow()).toBe(opened);
    }
    vi.advanceTimersByTime(50);
    expect(checkedDesignNow()).toBe(s().design);
    expect(checkedDesignNow().tasks[3]!.args['bash_command']).toBe('echo abc');
  });

  it('a small design opened after a large one is checked at once', () => {
    s().loadDesign(designOf(LARGE_DESIGN_TASKS));
    s().loadDesign(designOf(3));
    expect(checkedDesignNow()).toBe(s().design);
  });

  it('keeps its checks when a design is only moved or laid out, and follows the next real edit', () => {
    s().loadDesign(designOf(LARGE_DESIGN_TASKS));
    const opened = s().design;
    s().apply({ type: 'applyLayout', positions: { t_1: { x: 500, y: 0 } } });
    s().apply({ type: 'moveNodes', positions: { t_2: { x: 700, y: 0 } } });
    vi.runAllTimers();
    // Nothing to re-check: validation and the forecast read no positions.
    expect(checkedDesignNow()).toBe(opened);
    s().apply({ type: 'updateTaskArgs', taskId: 't_3', set: { bash_command: 'echo b' } });
    vi.runAllTimers();
    expect(checkedDesignNow()).toBe(s().design);
  });
});
