import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emptyDesign } from '../io/index.ts';
import { forecastRun } from '../model/index.ts';
import { editorStore } from './editor-store.ts';
import { forecastOf, useForecastSettings } from './forecast.ts';
import { designToCheck, LARGE_DESIGN_TASKS } from './checked-design.ts';
import { loadValidator, useValidator } from './validator.ts';

const s = () => editorStore.getState();
const settings = () => useForecastSettings.getState();

// The forecast waits for the findings (a cycle breaks it), so for the lazy validator.
beforeAll(async () => {
  await loadValidator(); // (its promise holds a function: vitest would call a returned one as teardown)
});

beforeEach(() => {
  s().loadDesign(emptyDesign('test_dag'));
  settings().setPoolSize('p', undefined);
});

function twoTasks() {
  s().addTaskFromOperator('BashOperator', { x: 0, y: 0 });
  s().addTaskFromOperator('BashOperator', { x: 0, y: 200 });
  for (const id of ['bash_1', 'bash_2']) {
    s().apply({ type: 'setTaskField', taskId: id, field: 'estimated_duration', value: 60 });
    s().apply({ type: 'updateTaskArgs', taskId: id, set: { pool: 'p' } });
  }
  return s().design;
}

describe('forecastOf', () => {
  it('is the CLI computation, once per design and pool sizes', () => {
    const design = twoTasks();
    const pools = settings().poolSizes;
    const f = forecastOf(design, pools);
    expect(f).toEqual(forecastRun(design, {}));
    expect(forecastOf(design, pools)).toBe(f);
    settings().setPoolSize('p', 1);
    const sized = forecastOf(design, settings().poolSizes);
    expect(sized).not.toBe(f);
    expect(sized).toEqual(forecastRun(design, { poolSizes: { p: 1 } }));
    expect(sized?.makespanSeconds).toBe(120);
  });

  it('is null (and not cached) while the validator is still loading', () => {
    const design = twoTasks();
    const { validate } = useValidator.getState();
    useValidator.setState({ validate: null });
    try {
      expect(forecastOf(design, settings().poolSizes)).toBeNull();
    } finally {
      useValidator.setState({ validate });
    }
    expect(forecastOf(design, settings().poolSizes)).toEqual(forecastRun(design, {}));
  });

  it('keeps the pool sizes object when nothing changes', () => {
    settings().setPoolSize('p', 2);
    const before = settings().poolSizes;
    settings().setPoolSize('p', 2);
    expect(settings().poolSizes).toBe(before);
    settings().setPoolSize('p', undefined);
    expect(settings().poolSizes).toEqual({});
  });
});

describe('revealTask', () => {
  it('selects the task and asks for it to be centred, leaving the tab open', () => {
    twoTasks();
    s().setRightTab('forecast');
    s().revealTask('bash_2');
    expect(s().selectedTaskIds).toEqual(['bash_2']);
    expect(s().focus).toEqual({ taskId: 'bash_2', path: 'tasks[1]' });
    expect(s().rightTab).toBe('forecast');
    s().revealTask('missing');
    expect(s().selectedTaskIds).toEqual(['bash_2']);
  });
});

describe('designToCheck', () => {
  it('follows every edit of a small design, a large one once edits pause', () => {
    s().addTaskFromOperator('BashOperator', { x: 0, y: 0 });
    const one = s().design;
    const withTasks = (n: number) => ({ ...one, tasks: Array(n).fill(one.tasks[0]) });
    const small = withTasks(3);
    const large = withTasks(LARGE_DESIGN_TASKS);
    const larger = withTasks(LARGE_DESIGN_TASKS + 1);
    expect(designToCheck(small, one)).toBe(small);
    expect(designToCheck(larger, large)).toBe(large);
    // Just opened: the previous (small) design's forecast is not shown for it.
    expect(designToCheck(large, small)).toBe(large);
  });
});
