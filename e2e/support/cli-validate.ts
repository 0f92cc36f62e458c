/** `node bin/dag-designer.js validate` on a saved design: the CLI's forecast to compare with. */
import { spawnSync } from 'node:child_process';

export interface CliForecast {
  criticalPath: string[];
  criticalPathSeconds: number;
  unestimated: string[];
  makespanSeconds: number;
  maxActiveTasks: number;
  bottlenecks: {
    criticalTasks: { task_id: string; duration: number }[];
    resources: { kind: string; name: string; limit: number | null; waitSeconds: number }[];
  };
  unsizedPools: string[];
}

/** Runs validate with `args` (e.g. `--json`, `--pool a=1`); exit 0 or 1 (findings) both answer. */
export function cliValidate(args: string[]): { stdout: string; stderr: string } {
  const run = spawnSync('node', ['bin/dag-designer.js', 'validate', ...args], {
    encoding: 'utf8',
  });
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`dag-designer validate exited ${run.status}:\n${run.stderr}\n${run.stdout}`);
  }
  return { stdout: run.stdout, stderr: run.stderr };
}

export function cliForecast(args: string[]): CliForecast {
  const report = JSON.parse(cliValidate(['--json', ...args]).stdout) as { forecast?: CliForecast };
  if (!report.forecast) throw new Error('validate --json printed no forecast');
  return report.forecast;
}
