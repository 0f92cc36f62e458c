/**
 * Where local designs live: a tiny key-value interface, backed in the browser
 * by IndexedDB through idb-keyval, and by a Map in unit tests. Values come
 * back as `unknown`: what is stored is an outside input (another tab, an
 * older build, a browser extension or a damaged profile may have written it).
 */
import { createStore, del, entries, get, setMany } from 'idb-keyval';

export interface DesignKv {
  get(key: string): Promise<unknown>;
  /** Writes several keys in ONE transaction (all or nothing). */
  setMany(pairs: [string, unknown][]): Promise<void>;
  del(key: string): Promise<void>;
  entries(): Promise<[string, unknown][]>;
}

/** The IndexedDB database and object store of this app (one record per key). */
export const DB_NAME = 'dag-designer';
export const STORE_NAME = 'designs';

export function idbKv(): DesignKv {
  const store = createStore(DB_NAME, STORE_NAME);
  return {
    get: (key) => get<unknown>(key, store),
    setMany: (pairs) => setMany(pairs, store),
    del: (key) => del(key, store),
    entries: async () =>
      (await entries<IDBValidKey, unknown>(store)).map(([k, v]): [string, unknown] => [
        String(k),
        v,
      ]),
  };
}

/** An in-memory store for tests; `failWith` makes every write reject (e.g. a full disk). */
export function memoryKv(): DesignKv & { map: Map<string, unknown>; failWith: Error | null } {
  const map = new Map<string, unknown>();
  const kv = {
    map,
    failWith: null as Error | null,
    get: (key: string) => Promise.resolve(map.get(key)),
    setMany: (pairs: [string, unknown][]) => {
      if (kv.failWith) return Promise.reject(kv.failWith);
      for (const [k, v] of pairs) map.set(k, v);
      return Promise.resolve();
    },
    del: (key: string) => {
      map.delete(key);
      return Promise.resolve();
    },
    entries: () => Promise.resolve([...map.entries()]),
  };
  return kv;
}
