import { describe, expect, it } from 'vitest';
import { TASK_WIDTH } from '../layout/node-size.ts';
import { taskFullyVisible } from './reveal-task.ts';

describe('taskFullyVisible', () => {
  const pane = { width: 800, height: 600 };
  it('accepts a task inside the pane', () => {
    expect(taskFullyVisible({ x: 100, y: 100 }, { x: 0, y: 0, zoom: 1 }, pane)).toBe(true);
  });
  it('rejects a task past the right edge (e.g. under the inspector)', () => {
    expect(
      taskFullyVisible({ x: 800 - TASK_WIDTH + 1, y: 100 }, { x: 0, y: 0, zoom: 1 }, pane),
    ).toBe(false);
  });
  it('applies pan and zoom', () => {
    // At zoom 0.5 panned 400px right, flow x=-700 is at screen x=50.
    expect(taskFullyVisible({ x: -700, y: 0 }, { x: 400, y: 0, zoom: 0.5 }, pane)).toBe(true);
    expect(taskFullyVisible({ x: -900, y: 0 }, { x: 400, y: 0, zoom: 0.5 }, pane)).toBe(false);
  });
});
