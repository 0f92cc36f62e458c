/**
 * The browser side of local persistence: one autosave over IndexedDB for the
 * tab, restoring the last design on startup, switching between local
 * designs, and the `beforeunload` guard while a write is owed.
 */
import { useSyncExternalStore } from 'react';
import { editorStore } from '../../store/index.ts';
import { startAutosave, type Autosave, type SaveStatus, type Scheduler } from './autosave.ts';
import { allOf, listen } from '../listen.ts';
import { idbKv, memoryKv, type DesignKv } from './kv.ts';
import { readCurrentId, readLocalDesign, type LocalEntry } from './local-designs.ts';

/** Quiet time after the last change before writing: typing a word is one write. */
const DEBOUNCE_MS = 400;
/** Longest wait for idle time once the debounce is over. */
const IDLE_TIMEOUT_MS = 1000;

/** Debounce, then idle time (serializing a big design never competes with a keystroke). */
const debounceThenIdle: Scheduler = (fn) => {
  // globalThis, not window: the same code runs in Node tests of the file actions.
  const idleApi = typeof globalThis.requestIdleCallback === 'function';
  let idle: ReturnType<typeof setTimeout> | number | null = null;
  const timer = setTimeout(() => {
    idle = idleApi
      ? globalThis.requestIdleCallback(fn, { timeout: IDLE_TIMEOUT_MS })
      : setTimeout(fn, 0);
  }, DEBOUNCE_MS);
  return () => {
    clearTimeout(timer);
    if (idle === null) return;
    if (typeof idle === 'number' && idleApi) globalThis.cancelIdleCallback(idle);
    else clearTimeout(idle);
  };
};

let kv: DesignKv | null = null;
let autosave: Autosave | null = null;

/** IndexedDB; a Map where there is none (Node tests, browsers with storage switched off). */
export function localKv(): DesignKv {
  kv ??= typeof indexedDB === 'undefined' ? memoryKv() : idbKv();
  return kv;
}

export function localAutosave(): Autosave {
  autosave ??= startAutosave({
    kv: localKv(),
    store: editorStore,
    schedule: debounceThenIdle,
    onFailure: (message) =>
      editorStore.getState().showNotice('error', `Not saved in this browser: ${message}.`),
  });
  return autosave;
}

/** Loads a readable local entry as the open design, keeping its id (no new record). */
export function loadLocalEntry(entry: Extract<LocalEntry, { ok: true }>): void {
  const s = editorStore.getState();
  localAutosave().adoptNextLoad(entry.id, entry.label, {
    design: entry.design,
    fileSaved: entry.fileSaved,
  });
  s.loadDesign(entry.design);
  // Changes not saved to a file before the reload are still unsaved: a
  // different object than the design keeps the "unsaved" dot and prompts.
  if (!entry.fileSaved) editorStore.setState({ savedDesign: { ...entry.design } });
}

/**
 * Startup: reopens the design that was open when the tab went away. A
 * damaged record is reported by name; the app starts empty and the other
 * designs stay in My designs.
 */
export async function restoreLastDesign(): Promise<void> {
  const save = localAutosave();
  const kvStore = localKv();
  let entry: LocalEntry | null = null;
  try {
    const id = await readCurrentId(kvStore);
    entry = id === null ? null : await readLocalDesign(kvStore, id);
  } catch (err) {
    editorStore
      .getState()
      .showNotice(
        'error',
        `Could not read the designs stored in this browser: ${err instanceof Error ? err.message : String(err)}.`,
      );
    return;
  }
  if (entry === null) return;
  // The user may have started editing while IndexedDB answered: keep that.
  if (editorStore.getState().loadCount > 0 || save.status().state !== 'idle') return;
  if (!entry.ok) {
    editorStore
      .getState()
      .showNotice(
        'error',
        `Could not restore "${entry.name}": ${entry.message}. Your other designs are in My designs.`,
      );
    return;
  }
  loadLocalEntry(entry);
  editorStore.getState().showNotice('info', `Restored ${entry.name} from this browser`);
}

let started: Promise<void> | null = null;

/**
 * Starts autosave, the unload guard and the restore, once per page (React's
 * StrictMode runs effects twice); resolves when the restore is done.
 */
export function startPersistence(): Promise<void> {
  if (started) return started;
  localAutosave();
  installUnloadGuard();
  started = restoreLastDesign();
  return started;
}

/** Asks before a reload or tab close only while a change is not yet stored. */
function installUnloadGuard(): () => void {
  const save = localAutosave();
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (!save.needsGuard()) return;
    void save.flush();
    e.preventDefault();
    // Older Chromium needs returnValue set to show the prompt.
    e.returnValue = '';
  };
  // The tab may be frozen or killed after it is hidden: write now.
  const onHidden = () => {
    if (document.visibilityState === 'hidden') void save.flush();
  };
  const onPageHide = () => void save.flush();
  return allOf(
    listen(window, 'beforeunload', onBeforeUnload),
    listen(window, 'pagehide', onPageHide),
    listen(document, 'visibilitychange', onHidden),
  );
}

/** The autosave state for the top bar ("Saved in this browser", "Saving…", "Not saved"). */
export function useSaveStatus(): SaveStatus {
  const save = localAutosave();
  return useSyncExternalStore(save.subscribe, save.status);
}
