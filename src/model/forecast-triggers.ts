/**
 * What the forecast says beside timings: what starts a run (the DAG's asset
 * schedule: which assets, all or any, and its cron) and which tasks run even
 * when the run fails (teardowns: as_teardown() gives them the trigger rule
 * all_done_setup_success, so they run once their setups succeeded, whatever
 * happened in between). Both go into the JSON forecast and its text.
 */
import type { AssetCondition, Design } from '../design/design.ts';

export interface RunTriggers {
  /** Asset URIs whose updates start a run. */
  assets: string[];
  when: AssetCondition;
  /** A cron (or preset) that also starts runs, or null. */
  cron: string | null;
}

export function runTriggers(design: Design): RunTriggers | null {
  const schedule = design.dag.schedule;
  if (typeof schedule !== 'object' || schedule === null) return null;
  return { assets: [...schedule.assets], when: schedule.when, cron: schedule.cron ?? null };
}

/** Teardown tasks, in creation order. */
export function teardownTasks(design: Design): string[] {
  return design.tasks.filter((task) => task.role === 'teardown').map((task) => task.task_id);
}

/** The text lines for the CLI, empty when there is nothing to say. */
export function formatTriggerLines(
  triggers: RunTriggers | null,
  teardowns: readonly string[],
): string[] {
  const lines: string[] = [];
  if (triggers !== null) {
    const which =
      triggers.assets.length === 1
        ? ''
        : triggers.when === 'all'
          ? ' (all of them)'
          : ' (any of them)';
    const cron = triggers.cron === null ? '' : `, or on the schedule ${triggers.cron}`;
    lines.push(`Triggered by assets${which}: ${triggers.assets.join(', ')}${cron}`);
  }
  if (teardowns.length > 0)
    lines.push(
      `Teardown tasks run even after a failure (once their setups succeeded): ${teardowns.join(', ')}`,
    );
  return lines;
}
