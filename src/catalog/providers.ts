/**
 * Provider packages pinned per Airflow target. The exporter writes
 * `requirements.txt` from these (only the providers a DAG imports), and the
 * real-Airflow test venvs (python/airflow-*.txt) hold exactly these versions:
 * tests/airflow/provider-pins.test.ts fails when a lock file and this table
 * disagree. Regenerate the locks with `scripts/python-envs.sh lock` after an edit.
 *
 * How they were chosen (details in docs/TESTING-AIRFLOW.md):
 * - '2.10' and '2.11': the versions Airflow's own constraint file for 2.10.5
 *   (released 2025-02-10) and 2.11.2 (2026-03-14) would pin, emulated by
 *   resolving with `uv pip compile --exclude-newer <release date + 2 days>`.
 *   Staying on constraint-era versions keeps them installable next to the
 *   constraints an MWAA environment of that version applies.
 * - '3' means any 3.x, so its pins must install and import on both 3.0.6 and
 *   the newest 3.x we test (3.3.2). apache-airflow-core 3.3.2 requires
 *   standard>=1.9.0, common-sql>=1.28.1 and smtp>=2.3.1, which rules out the
 *   3.0.6-era versions; these are the newest releases (as of 2026-09-19) whose
 *   own `apache-airflow>=` floor still admits 3.0.6, as picked by the resolver
 *   for Airflow 3.0.6.
 */
import type { AirflowTarget } from '../design/design.ts';

export const PROVIDER_PINS: Record<AirflowTarget, Record<string, string>> = {
  '2.10': {
    'apache-airflow-providers-amazon': '9.2.0',
    'apache-airflow-providers-common-sql': '1.21.0',
    'apache-airflow-providers-http': '5.0.0',
    'apache-airflow-providers-smtp': '1.9.0',
    'apache-airflow-providers-standard': '0.0.3',
  },
  '2.11': {
    'apache-airflow-providers-amazon': '9.23.0',
    'apache-airflow-providers-common-sql': '1.33.0',
    'apache-airflow-providers-http': '6.0.0',
    'apache-airflow-providers-smtp': '2.4.3',
    'apache-airflow-providers-standard': '1.12.1',
  },
  '3': {
    'apache-airflow-providers-amazon': '9.21.0',
    'apache-airflow-providers-common-sql': '2.1.1',
    'apache-airflow-providers-http': '6.0.3',
    'apache-airflow-providers-smtp': '3.0.4',
    'apache-airflow-providers-standard': '1.19.0',
  },
};
