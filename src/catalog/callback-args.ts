/**
 * The BaseOperator alert hooks (`on_failure_callback`, `on_success_callback`,
 * `on_retry_callback`) as common arguments. In a design they hold a list of
 * notifiers (`[{ "notifier": "SnsNotifier", "args": {...} }]`), typed `json`
 * for the forms; validation (src/model/validate/alerts.ts) and the exporter
 * (src/export/dag-file/notifiers.ts) recognise them by name and treat the
 * value as notifiers, in default_args and in task args alike.
 */
import { CALLBACK_KEYS } from '../design/mapping-alerts.ts';
import { arg } from './define.ts';
import type { CommonArgSpec } from './types.ts';

const HELP: Record<(typeof CALLBACK_KEYS)[number], string> = {
  on_failure_callback: 'Notifiers called when the task fails (after its last retry).',
  on_success_callback: 'Notifiers called when the task succeeds.',
  on_retry_callback: 'Notifiers called each time the task is retried.',
};

export const CALLBACK_ARGS: readonly CommonArgSpec[] = CALLBACK_KEYS.map((name) =>
  arg(name, 'json', `${HELP[name]} A list of { "notifier": ..., "args": {...} }.`),
);

const NAMES: ReadonlySet<string> = new Set(CALLBACK_KEYS);

export function isCallbackArg(name: string): boolean {
  return NAMES.has(name);
}
