/**
 * Writes docs/mwaa-catalog-gaps.json: for every MWAA venv, what
 * tests/airflow/check_catalog.py finds wrong with the operator catalog of the
 * design target that venv tests (operators that do not import, arguments the
 * installed provider lacks, templated/required disagreements), next to the
 * catalog providers' versions there. A measurement for writing per-provider-version
 * catalog knowledge; regenerate after the venvs or the catalog change:
 *   npx tsx scripts/catalog-gaps.ts      (needs the venvs: npm run setup:python)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCatalog } from '../tests/harness/run-catalog-check.ts';
import { airflowVenvs, lockedVersions, REPO_ROOT } from '../tests/harness/venvs.ts';

const OUTPUT = 'docs/mwaa-catalog-gaps.json';
const PROVIDERS = ['amazon', 'http', 'common-sql', 'smtp', 'standard', 'cncf-kubernetes'].map(
  (name) => `apache-airflow-providers-${name}`,
);

const versions = airflowVenvs().map((venv) => {
  const locked = lockedVersions(readFileSync(venv.lockFile, 'utf8'));
  const report = checkCatalog(venv);
  process.stderr.write(`Airflow ${venv.version}: ${report.problems.length} problems\n`);
  return {
    airflow: venv.version,
    catalogTarget: venv.target,
    providers: Object.fromEntries(PROVIDERS.map((name) => [name, locked.get(name) ?? null])),
    problems: report.problems.map((p) => `${p.key}: ${p.problem}`),
  };
});
writeFileSync(join(REPO_ROOT, OUTPUT), `${JSON.stringify({ versions }, null, 2)}\n`);
process.stdout.write(`wrote ${OUTPUT}\n`);
