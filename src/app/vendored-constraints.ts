/**
 * The Airflow constraints file of an MWAA version, as vendored in mwaa/, for
 * the browser's "Bundle constraints" export (environments without internet
 * access). Each file is its own lazy chunk: nobody downloads 20 KB of
 * constraints until they export with the option on. Node reads the same files
 * in src/cli/vendored-constraints.ts.
 */
import type { AirflowTarget } from '../design/targets.ts';

const loaders = import.meta.glob<string>('../../mwaa/constraints-*.txt', {
  query: '?raw',
  import: 'default',
});

export async function loadVendoredConstraints(target: AirflowTarget): Promise<string> {
  const load = loaders[`../../mwaa/constraints-${target}.txt`];
  if (!load) throw new Error(`no constraints file is vendored for Airflow ${target}`);
  return load();
}
