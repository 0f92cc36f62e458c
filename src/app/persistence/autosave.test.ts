/** Autosave and the local list: debounced writes, restore, damaged records, a full store. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDesign, serializeDesign } from '../../io/index.ts';
import { editorStore } from '../../store/index.ts';
import { sampleDesign } from '../../testing/designs.ts';
import { startAutosave, type Autosave } from './autosave.ts';
import { memoryKv } from './kv.ts';
import {
  CURRENT_KEY,
  deleteLocalDesign,
  listLocalDesigns,
  readCurrentId,
  readLocalDesign,
  recordKey,
  renameLocalDesign,
} from './local-designs.ts';

/** A scheduler the test runs by hand: nothing is written until `runScheduled()`. */
function manualScheduler() {
  let queued: (() => void)[] = [];
  return {
    schedule: (fn: () => void) => {
      queued.push(fn);
      return () => {
        queued = queued.filter((f) => f !== fn);
      };
    },
    get count() {
      return queued.length;
    },
    async run() {
      const fns = queued;
      queued = [];
      for (const fn of fns) fn();
      // Let the write's promise chain settle.
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
  };
}

let kv: ReturnType<typeof memoryKv>;
let timer: ReturnType<typeof manualScheduler>;
let save: Autosave;
let ids = 0;
let failures: string[];

beforeEach(() => {
  editorStore.getState().loadDesign(emptyDesign());
  kv = memoryKv();
  timer = manualScheduler();
  failures = [];
  ids = 0;
  save = startAutosave({
    kv,
    store: editorStore,
    schedule: timer.schedule,
    now: () => 1000,
    newId: () => `id${++ids}`,
    onFailure: (m) => failures.push(m),
  });
});
afterEach(() => save.stop());

const rename = (dagId: string) =>
  editorStore.getState().apply({ type: 'updateDag', patch: { dag_id: dagId } });

describe('autosave', () => {
  it('writes once after a burst of edits, off the edit itself, with the canonical text', async () => {
    rename('a');
    rename('ab');
    rename('abc');
    expect(kv.map.size).toBe(0);
    expect(save.status().state).toBe('pending');
    expect(save.needsGuard()).toBe(true);
    expect(timer.count).toBe(1);
    await timer.run();
    expect(save.status()).toEqual({ state: 'saved', at: 1000 });
    expect(save.needsGuard()).toBe(false);
    const id = save.currentId();
    expect(kv.map.get(CURRENT_KEY)).toBe(id);
    const entry = await readLocalDesign(kv, id);
    expect(entry).toMatchObject({ ok: true, name: 'abc', fileSaved: false });
    expect(kv.map.get(recordKey(id))).toMatchObject({
      text: serializeDesign(editorStore.getState().design),
    });
  });

  it('does not store an untouched empty design, but stores an opened one at once', async () => {
    editorStore.getState().loadDesign(emptyDesign());
    expect(timer.count).toBe(0);
    editorStore.getState().loadDesign(sampleDesign());
    expect(timer.count).toBe(1);
    await timer.run();
    expect(await readCurrentId(kv)).toBe(save.currentId());
    expect(await readLocalDesign(kv, save.currentId())).toMatchObject({
      ok: true,
      fileSaved: true,
    });
  });

  it('gives every loaded design its own record; an adopted one keeps its id', async () => {
    editorStore.getState().loadDesign(sampleDesign());
    await timer.run();
    const first = save.currentId();
    editorStore
      .getState()
      .loadDesign({ ...sampleDesign(), dag: { ...sampleDesign().dag, dag_id: 'other' } });
    await timer.run();
    expect(save.currentId()).not.toBe(first);
    const list = await listLocalDesigns(kv);
    expect(list).toHaveLength(2);
    const entry = list.find((e) => e.id === first);
    if (!entry?.ok) throw new Error('first design not readable');
    save.adoptNextLoad(entry.id, entry.label, { design: entry.design, fileSaved: true });
    editorStore.getState().loadDesign(entry.design);
    expect(save.currentId()).toBe(first);
    expect(timer.count).toBe(0); // nothing changed: no write
  });

  it('reports a full store once, keeps asking before unload, and retries on the next edit', async () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    kv.failWith = quota;
    rename('x');
    await timer.run();
    expect(save.status()).toMatchObject({
      state: 'failed',
      message: /storage for this site is full/,
    });
    expect(save.needsGuard()).toBe(true);
    rename('xy');
    await timer.run();
    expect(failures).toHaveLength(1);
    kv.failWith = null;
    rename('xyz');
    await timer.run();
    expect(save.status().state).toBe('saved');
    expect(save.needsGuard()).toBe(false);
    expect(await readLocalDesign(kv, save.currentId())).toMatchObject({ ok: true, name: 'xyz' });
  });

  it('flush writes at once', async () => {
    rename('now');
    await save.flush();
    expect(timer.count).toBe(0);
    expect(await readLocalDesign(kv, save.currentId())).toMatchObject({ ok: true, name: 'now' });
  });
});

describe('the local list', () => {
  it('reports a damaged record by name and still lists the others', async () => {
    const good = serializeDesign(sampleDesign());
    kv.map.set(recordKey('g'), { name: null, text: good, updatedAt: 5, fileSaved: true });
    kv.map.set(recordKey('b'), {
      name: 'broken_sales',
      text: '{ "format": "dag-designer", ',
      updatedAt: 9,
      fileSaved: false,
    });
    kv.map.set(recordKey('w'), { name: 'weird', text: 42 });
    kv.map.set(recordKey('n'), 'garbage');
    const list = await listLocalDesigns(kv);
    expect(list.map((e) => [e.name, e.ok])).toEqual([
      [sampleDesign().dag.dag_id, true],
      ['broken_sales', false],
      ['n', false],
      ['weird', false],
    ]);
    expect(list[1]).toMatchObject({ message: /not JSON/ });
    expect(list[3]).toMatchObject({ message: /damaged \(text: / });
  });

  it('renames and deletes', async () => {
    kv.map.set(recordKey('g'), {
      name: null,
      text: serializeDesign(sampleDesign()),
      updatedAt: 5,
      fileSaved: true,
    });
    expect(await renameLocalDesign(kv, 'g', '  Sales v2 ')).toBe(true);
    expect(await readLocalDesign(kv, 'g')).toMatchObject({ name: 'Sales v2', label: 'Sales v2' });
    await deleteLocalDesign(kv, 'g');
    expect(await listLocalDesigns(kv)).toEqual([]);
  });
});
