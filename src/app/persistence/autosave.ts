/**
 * Autosave: every change to the design is written to the local store, after
 * the edits settle (a debounce) and in idle time, so typing never waits for
 * serialization or IndexedDB. Knows which local design is open (`currentId`),
 * and whether a write is still owed (`needsGuard`, for `beforeunload`).
 *
 * New / Open / Examples / a shared link start a NEW local design (a fresh id);
 * opening one from My designs or restoring on startup adopts its id.
 */
import type { StoreApi } from 'zustand';
import { serializeDesign } from '../../io/index.ts';
import type { Design } from '../../design/design.ts';
import type { EditorState } from '../../store/index.ts';
import type { DesignKv } from './kv.ts';
import { CURRENT_KEY, describeWriteError, recordKey, type LocalRecord } from './local-designs.ts';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saved'; at: number }
  | { state: 'failed'; message: string };

/** Runs `fn` later; returns a cancel function. */
export type Scheduler = (fn: () => void) => () => void;

export interface AutosaveDeps {
  kv: DesignKv;
  store: StoreApi<EditorState>;
  /** When to write after the last change (browser: debounce, then idle time). */
  schedule: Scheduler;
  now?: () => number;
  newId?: () => string;
  /** Told once per failure streak (the app shows it as an error notice). */
  onFailure?: (message: string) => void;
}

export interface Autosave {
  currentId(): string;
  status(): SaveStatus;
  subscribe(listener: () => void): () => void;
  /** True while a change is not yet stored (pending, or the last write failed). */
  needsGuard(): boolean;
  /** Writes now if a write is owed (tab hidden, before switching designs). */
  flush(): Promise<void>;
  /** The next `loadDesign` is the stored design `id` with this label (not a new one). */
  adoptNextLoad(
    id: string,
    label: string | null,
    written: { design: Design; fileSaved: boolean },
  ): void;
  /** Sets the label of the open design (My designs → Rename). */
  setCurrentLabel(label: string | null): void;
  /** Stops listening to the store (tests). */
  stop(): void;
}

const defaultId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export function startAutosave(deps: AutosaveDeps): Autosave {
  const { kv, store, schedule } = deps;
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? defaultId;
  const listeners = new Set<() => void>();

  let id = newId();
  let label: string | null = null;
  let status: SaveStatus = { state: 'idle' };
  let cancel: (() => void) | null = null;
  let writing: Promise<void> | null = null;
  let adopted: { id: string; label: string | null; design: Design; fileSaved: boolean } | null =
    null;
  /** The design as loaded (an untouched empty New design is not worth a record). */
  let loaded: Design = store.getState().design;
  /** What the store holds for `id`, to skip writes that would change nothing. */
  let written: { design: Design; fileSaved: boolean } | null = null;
  let failedAlready = false;

  const setStatus = (next: SaveStatus) => {
    status = next;
    for (const l of listeners) l();
  };

  const owed = (): boolean => {
    const s = store.getState();
    const fileSaved = s.design === s.savedDesign;
    if (written && written.design === s.design && written.fileSaved === fileSaved) return false;
    return s.design !== loaded || s.design.tasks.length > 0 || written !== null;
  };

  const write = async (): Promise<void> => {
    cancel = null;
    if (writing) await writing;
    if (!owed()) {
      if (status.state === 'pending') setStatus({ state: 'idle' });
      return;
    }
    const s = store.getState();
    const snapshot = { design: s.design, fileSaved: s.design === s.savedDesign };
    const forId = id;
    const record: LocalRecord = {
      name: label,
      text: serializeDesign(snapshot.design),
      updatedAt: now(),
      fileSaved: snapshot.fileSaved,
    };
    writing = kv.setMany([
      [recordKey(forId), record],
      [CURRENT_KEY, forId],
    ]);
    try {
      await writing;
      if (forId === id) written = snapshot;
      failedAlready = false;
      if (owed()) setStatus({ state: 'pending' });
      else setStatus({ state: 'saved', at: record.updatedAt });
    } catch (err) {
      const message = describeWriteError(err);
      setStatus({ state: 'failed', message });
      if (!failedAlready) deps.onFailure?.(message);
      failedAlready = true;
    } finally {
      writing = null;
    }
  };

  const request = () => {
    if (!owed()) return;
    cancel?.();
    if (status.state !== 'failed') setStatus({ state: 'pending' });
    cancel = schedule(() => void write());
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.loadCount !== prev.loadCount) {
      cancel?.();
      cancel = null;
      if (adopted) {
        ({ id, label } = adopted);
        written = { design: adopted.design, fileSaved: adopted.fileSaved };
      } else {
        id = newId();
        label = null;
        written = null;
      }
      adopted = null;
      loaded = state.design;
      failedAlready = false;
      setStatus({ state: 'idle' });
      request();
    } else if (state.design !== prev.design || state.savedDesign !== prev.savedDesign) {
      request();
    }
  });

  return {
    currentId: () => id,
    status: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    needsGuard: () => status.state === 'pending' || status.state === 'failed' || cancel !== null,
    flush: async () => {
      if (writing) await writing;
      if (cancel || owed()) {
        cancel?.();
        await write();
      }
    },
    adoptNextLoad: (nextId, nextLabel, state) => {
      adopted = { id: nextId, label: nextLabel, ...state };
    },
    setCurrentLabel: (next) => {
      label = next;
    },
    stop: () => {
      cancel?.();
      unsubscribe();
      listeners.clear();
    },
  };
}
