/**
 * Format version 2's dynamic task mapping and alerts, as plain data (contract
 * section 5). Kept beside design.ts so the shapes of these two features read
 * in one place; design.ts re-exports them and adds the fields.
 */
import type { JsonValue } from './design.ts';

/**
 * One Airflow notifier instance: `{ "notifier": "SnsNotifier", "args": {...} }`,
 * exported as `SnsNotifier(target_arn=..., ...)`. `notifier` is a key of the
 * notifier catalog (src/catalog/notifiers.ts); `args` its keyword arguments.
 */
// A type alias, not an interface: it is then also a JsonValue, so the same
// value can sit in `default_args` or a task's `args`.
export type NotifierCall = {
  notifier: string;
  args: Record<string, JsonValue>;
};

/** The three alert hooks, by their Airflow names, in the file's key order. */
export const CALLBACK_KEYS = [
  'on_failure_callback',
  'on_success_callback',
  'on_retry_callback',
] as const;
export type CallbackKey = (typeof CALLBACK_KEYS)[number];

/** `{ "output_of": "list_files" }`: map over what an upstream task returned (its XCom). */
export interface OutputOf {
  output_of: string;
}

/**
 * What one expanded argument maps over: a literal list (one mapped instance
 * per element) or an upstream task's output.
 */
export type MapSource = JsonValue[] | OutputOf;

export function isOutputOf(source: MapSource): source is OutputOf {
  return !Array.isArray(source);
}

/**
 * An alert list held as plain JSON (a callback in `default_args` or a task's
 * `args`) read as notifiers, or null when it is not one (validation words
 * that). `args` may be left out, meaning none.
 */
export function notifierCallsOf(value: JsonValue): NotifierCall[] | null {
  if (!Array.isArray(value)) return null;
  const calls: NotifierCall[] = [];
  for (const item of value) {
    const call = notifierCallOf(item);
    if (!call) return null;
    calls.push(call);
  }
  return calls;
}

export function notifierCallOf(item: JsonValue): NotifierCall | null {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
  if (Object.keys(item).some((k) => k !== 'notifier' && k !== 'args')) return null;
  const notifier = item['notifier'];
  const args = item['args'] ?? {};
  if (typeof notifier !== 'string') return null;
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return null;
  return { notifier, args };
}
