import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDesign } from '../io/index.ts';
import { editorStore } from './editor-store.ts';
import { findingsFor } from './findings.ts';
import { loadValidator } from './validator.ts';

const s = () => editorStore.getState();
const temporal = () => editorStore.temporal.getState();
const ids = () => s().design.tasks.map((t) => t.task_id);

beforeEach(() => {
  s().loadDesign(emptyDesign('test_dag'));
  temporal().clear();
});

describe('editor store', () => {
  it('adds tasks with operator-derived ids, selects them, one undo step each', () => {
    expect(s().addTaskFromOperator('BashOperator', { x: 0, y: 0 })).toBe('bash_1');
    expect(s().addTaskFromOperator('BashOperator', { x: 0, y: 0 })).toBe('bash_2');
    expect(s().selectedTaskIds).toEqual(['bash_2']);
    // Placed without overlapping the first one.
    expect(s().design.tasks[1]!.ui!.y).toBeGreaterThan(0);
    expect(temporal().pastStates).toHaveLength(2);
    temporal().undo();
    expect(ids()).toEqual(['bash_1']);
    // Selection is pruned to existing tasks.
    expect(s().selectedTaskIds).toEqual([]);
    temporal().redo();
    expect(ids()).toEqual(['bash_1', 'bash_2']);
  });

  it('selection and notices never create undo steps', () => {
    s().addTaskFromOperator('BashOperator', { x: 0, y: 0 });
    const steps = temporal().pastStates.length;
    s().select(['bash_1']);
    s().clearSelection();
    s().showNotice('info', 'hello');
    s().setRightTab('code');
    expect(temporal().pastStates).toHaveLength(steps);
  });

  it('a gesture is one undo step back to where it started', () => {
    s().addTaskFromOperator('BashOperator', { x: 0, y: 0 });
    const before = s().design;
    const steps = temporal().pastStates.length;
    s().beginGesture();
    for (let i = 1; i <= 5; i++)
      s().apply({ type: 'moveNodes', positions: { bash_1: { x: i, y: i } } });
    s().endGesture();
    expect(temporal().pastStates).toHaveLength(steps + 1);
    expect(s().design.tasks[0]!.ui).toMatchObject({ x: 5, y: 5 });
    temporal().undo();
    expect(s().design).toBe(before);
  });

  it('ending a gesture never shows subscribers the pre-gesture design again', () => {
    s().addTaskFromOperator('BashOperator', { x: 0, y: 0 });
    s().select(['bash_1']);
    s().beginGesture();
    s().renameTask('bash_1', 'extract');
    const seen: string[][] = [];
    const stop = editorStore.subscribe((state) =>
      seen.push(state.design.tasks.map((t) => t.task_id)),
    );
    s().endGesture();
    stop();
    expect(seen.flat()).not.toContain('bash_1');
    expect(s().selectedTaskIds).toEqual(['extract']);
    temporal().undo();
    expect(s().design.tasks.map((t) => t.task_id)).toEqual(['bash_1']);
  });

  it('connect refuses a cycle with the path and shows a notice', () => {
    for (let i = 0; i < 3; i++) s().addTaskFromOperator('BashOperator', { x: i * 300, y: 0 });
    expect(s().connect('bash_1', 'bash_2')).toEqual({ ok: true });
    expect(s().connect('bash_2', 'bash_3')).toEqual({ ok: true });
    const r = s().connect('bash_3', 'bash_1');
    expect(r).toEqual({
      ok: false,
      reason: 'this edge would create a cycle: bash_3 -> bash_1 -> bash_2 -> bash_3',
      path: ['bash_3', 'bash_1', 'bash_2', 'bash_3'],
    });
    expect(s().notice?.kind).toBe('error');
    expect(s().notice?.text).toContain('bash_3 -> bash_1 -> bash_2 -> bash_3');
  });

  it('rename keeps the selection on the task; duplicate selects the copies', () => {
    s().addTaskFromOperator('BashOperator', { x: 0, y: 0 });
    expect(s().renameTask('bash_1', 'extract')).toEqual({ ok: true });
    expect(s().selectedTaskIds).toEqual(['extract']);
    expect(s().renameTask('extract', 'bad id', { quiet: true }).ok).toBe(false);
    s().duplicateTasks();
    expect(s().selectedTaskIds).toEqual(['extract_copy']);
    s().removeTasks();
    expect(ids()).toEqual(['extract']);
  });

  it('focusFinding selects the task of a tasks[i] path and opens the Task tab', () => {
    s().addTaskFromOperator('BashOperator', { x: 0, y: 0 });
    s().clearSelection();
    s().setRightTab('dag');
    s().focusFinding({ path: 'tasks[0].args.bash_command' });
    expect(s().selectedTaskIds).toEqual(['bash_1']);
    expect(s().rightTab).toBe('task');
    expect(s().focus).toEqual({ taskId: 'bash_1', path: 'tasks[0].args.bash_command' });
    s().focusFinding({ path: 'dag.schedule' });
    expect(s().rightTab).toBe('dag');
  });

  it('findings are computed once per design object', async () => {
    await loadValidator();
    const d = s().design;
    expect(findingsFor(d)).toBe(findingsFor(d));
  });
});
