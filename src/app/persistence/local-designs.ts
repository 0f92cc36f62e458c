/**
 * The local list of designs ("My designs"): one record per design under
 * `design:<id>`, plus `current` naming the design open when the tab went away.
 *
 * Every record is read the same way: its envelope (name, time) through a zod
 * schema, its text through `parseDesignText`, the one parser. A record that
 * fails is reported by name with the reason, and never stops the others.
 */
import { z } from 'zod';
import { parseDesignText } from '../../io/index.ts';
import type { Design } from '../../design/design.ts';
import type { DesignKv } from './kv.ts';

export const CURRENT_KEY = 'current';
const PREFIX = 'design:';
export const recordKey = (id: string): string => PREFIX + id;

/** What is stored per design. `name: null` shows the design's dag_id. */
export const LocalRecordSchema = z.object({
  name: z.string().nullable(),
  /** The canonical text (serializeDesign), so a record is a valid .dag.json. */
  text: z.string(),
  /** Last edit, ms since the epoch. */
  updatedAt: z.number(),
  /** Whether this state was also saved to (or opened from) a file. */
  fileSaved: z.boolean(),
});
export type LocalRecord = z.infer<typeof LocalRecordSchema>;

export type LocalEntry =
  | {
      ok: true;
      id: string;
      name: string;
      /** The stored label, null when it follows dag_id. */
      label: string | null;
      design: Design;
      updatedAt: number;
      fileSaved: boolean;
    }
  | { ok: false; id: string; name: string; message: string };

/** Reads one stored value; `id` names it when the value is too broken to say its own name. */
export function readRecord(id: string, value: unknown): LocalEntry {
  const envelope = LocalRecordSchema.safeParse(value);
  const looseName =
    typeof value === 'object' && value !== null && 'name' in value && typeof value.name === 'string'
      ? value.name
      : null;
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return {
      ok: false,
      id,
      name: looseName ?? id,
      message: `the stored entry is damaged (${where}${issue?.message ?? 'unreadable'})`,
    };
  }
  const record = envelope.data;
  const parsed = parseDesignText(record.text);
  if (!parsed.ok) {
    const message = parsed.findings
      .slice(0, 2)
      .map((f) => (f.path ? `${f.path}: ${f.message}` : f.message))
      .join('; ');
    return { ok: false, id, name: record.name ?? id, message };
  }
  return {
    ok: true,
    id,
    name: record.name ?? parsed.design.dag.dag_id,
    label: record.name,
    design: parsed.design,
    updatedAt: record.updatedAt,
    fileSaved: record.fileSaved,
  };
}

/** Every stored design, newest edit first; damaged ones last, each with its reason. */
export async function listLocalDesigns(kv: DesignKv): Promise<LocalEntry[]> {
  const all = await kv.entries();
  const list = all
    .filter(([key]) => key.startsWith(PREFIX))
    .map(([key, value]) => readRecord(key.slice(PREFIX.length), value));
  const time = (e: LocalEntry) => (e.ok ? e.updatedAt : -1);
  return list.sort((a, b) => time(b) - time(a) || a.name.localeCompare(b.name));
}

export async function readLocalDesign(kv: DesignKv, id: string): Promise<LocalEntry | null> {
  const value = await kv.get(recordKey(id));
  return value === undefined ? null : readRecord(id, value);
}

/** The id of the design that was open last, if any (a damaged pointer counts as none). */
export async function readCurrentId(kv: DesignKv): Promise<string | null> {
  const value = await kv.get(CURRENT_KEY);
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Changes the label of a stored design (empty: follow dag_id again). */
export async function renameLocalDesign(kv: DesignKv, id: string, name: string): Promise<boolean> {
  const value = await kv.get(recordKey(id));
  const envelope = LocalRecordSchema.safeParse(value);
  if (!envelope.success) return false;
  const label = name.trim() === '' ? null : name.trim();
  await kv.setMany([[recordKey(id), { ...envelope.data, name: label }]]);
  return true;
}

export const deleteLocalDesign = (kv: DesignKv, id: string): Promise<void> => kv.del(recordKey(id));

/** A user-facing sentence for a failed write; a full store says so plainly. */
export function describeWriteError(err: unknown): string {
  const name = typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : '';
  if (name === 'QuotaExceededError')
    return 'the browser storage for this site is full. Save the design to a file (Ctrl+S), or delete old designs in My designs';
  const reason = err instanceof Error ? err.message : String(err);
  return `the browser refused to store it (${reason}). Save the design to a file (Ctrl+S)`;
}
