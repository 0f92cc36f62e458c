/**
 * Trigger rules per target, checked against `airflow.utils.trigger_rule`
 * (2.10.5, 2.11.0) and `airflow.task.trigger_rule` / `airflow.utils.trigger_rule`
 * (3.0.6 .. 3.3.2).
 *
 * Deliberately left out, because the export must import without deprecation
 * warnings and target '3' means every 3.x (3.0 included):
 * - `dummy` and `none_failed_or_skipped`: accepted by 2.x with a
 *   RemovedInAirflow3Warning, gone in 3.
 * - `all_done_min_one_success`: only exists from Airflow 3.1 on.
 */
import type { AirflowLine } from '../design/targets.ts';

const RULES = [
  'all_success',
  'all_failed',
  'all_done',
  'all_done_setup_success',
  'one_success',
  'one_failed',
  'one_done',
  'none_failed',
  'none_failed_min_one_success',
  'none_skipped',
  'all_skipped',
  'always',
] as const;

export const TRIGGER_RULES: Record<AirflowLine, readonly string[]> = {
  '2.10': RULES,
  '2.11': RULES,
  '3': RULES,
};

export const DEFAULT_TRIGGER_RULE = 'all_success';

/** Rules a user may know that are not offered, with what to use instead (for validation messages). */
export const RETIRED_TRIGGER_RULES: Readonly<
  Record<string, { replacement: string | null; reason: string }>
> = {
  dummy: {
    replacement: 'always',
    reason: 'deprecated in Airflow 2 (warns) and removed in Airflow 3',
  },
  none_failed_or_skipped: {
    replacement: 'none_failed_min_one_success',
    reason: 'deprecated in Airflow 2 (warns) and removed in Airflow 3',
  },
  all_done_min_one_success: {
    replacement: null,
    reason: 'only exists from Airflow 3.1; target "3" must also run on 3.0',
  },
};

/** Short explanations for the trigger-rule picker. */
export const TRIGGER_RULE_HELP: Readonly<Record<(typeof RULES)[number], string>> = {
  all_success: 'Run when every upstream task succeeded (the default).',
  all_failed: 'Run when every upstream task failed or was upstream_failed.',
  all_done: 'Run when every upstream task finished, whatever the outcome.',
  all_done_setup_success: 'Teardown rule: all upstream done and at least one setup task succeeded.',
  one_success: 'Run as soon as one upstream task succeeded.',
  one_failed: 'Run as soon as one upstream task failed.',
  one_done: 'Run as soon as one upstream task succeeded or failed.',
  none_failed: 'Run when no upstream task failed (skipped is fine).',
  none_failed_min_one_success:
    'No upstream failed and at least one succeeded: the usual rule after a branch join.',
  none_skipped: 'Run when no upstream task was skipped.',
  all_skipped: 'Run only when every upstream task was skipped.',
  always: 'Run regardless of upstream state.',
};
