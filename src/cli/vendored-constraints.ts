/**
 * The Airflow constraints file of an MWAA version, as vendored in mwaa/
 * (`export --bundle-constraints` ships it inside the bundle). Node only: the
 * browser imports the same files through Vite (src/app/vendored-constraints.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AirflowTarget } from '../design/targets.ts';

export function readVendoredConstraints(target: AirflowTarget): string {
  return readFileSync(
    fileURLToPath(new URL(`../../mwaa/constraints-${target}.txt`, import.meta.url)),
    'utf8',
  );
}
