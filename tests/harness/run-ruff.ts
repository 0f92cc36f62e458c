/**
 * Runs the pinned ruff (python/tools.txt) with only the Airflow rules over a
 * folder of exported DAG files and returns the findings, parsed with zod.
 */
import { spawnSync } from 'node:child_process';
import { z } from 'zod';
import { requireRuff } from './venvs.ts';

const FindingSchema = z.object({
  code: z.string().nullable(),
  message: z.string(),
  filename: z.string(),
  location: z.object({ row: z.number(), column: z.number() }),
});

export type RuffFinding = z.infer<typeof FindingSchema>;

/**
 * `respectNoqa: false` adds --ignore-noqa: what the file's `# noqa` comments
 * hide, so a test can check they hide only what they are allowed to.
 */
export function ruffAirflowFindings(
  paths: readonly string[],
  { respectNoqa }: { respectNoqa: boolean },
): RuffFinding[] {
  const ruff = requireRuff();
  // --isolated: no project config may add or drop rules; --no-cache: no stale answers.
  const run = spawnSync(
    ruff,
    [
      'check',
      ...(respectNoqa ? [] : ['--ignore-noqa']),
      '--isolated',
      '--no-cache',
      '--select',
      'AIR',
      '--target-version',
      'py311',
      '--output-format',
      'json',
      ...paths,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.error) throw new Error(`could not start ${ruff}: ${run.error.message}`);
  // Exit 1 means findings; anything else is ruff failing.
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`ruff exited ${run.status}: ${run.stderr}`);
  const parsed = z.array(FindingSchema).safeParse(JSON.parse(run.stdout));
  if (!parsed.success)
    throw new Error(`ruff JSON has an unexpected shape: ${parsed.error.message}`);
  return parsed.data;
}

/** One line per distinct rule and message, with how many places and one example place. */
export function summarizeRuffFindings(findings: readonly RuffFinding[]): string[] {
  const byMessage = new Map<string, RuffFinding[]>();
  for (const finding of findings) {
    const key = `${finding.code ?? '?'} ${finding.message}`;
    byMessage.set(key, [...(byMessage.get(key) ?? []), finding]);
  }
  return [...byMessage.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, all]) => {
      const first = all[0]!;
      return `${key} [${all.length}x, e.g. ${first.filename}:${first.location.row}:${first.location.column}]`;
    });
}
