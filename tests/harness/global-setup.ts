/**
 * Vitest globalSetup: builds (or confirms, from the lock-hash cache) the
 * real-Airflow venvs before any test runs. A failure here fails the run with
 * the script's own message: the Airflow tests are never skipped silently.
 */
import { spawnSync } from 'node:child_process';
import { SETUP_SCRIPT } from './venvs.ts';

export default function setup(): void {
  const result = spawnSync('bash', [SETUP_SCRIPT], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error) throw new Error(`could not run ${SETUP_SCRIPT}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(
      `${SETUP_SCRIPT} failed with exit code ${result.status}; see its messages above`,
    );
  }
}
