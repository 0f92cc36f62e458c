/**
 * The shape of one MWAA version's facts (src/design/mwaa-versions.generated.ts,
 * generated from mwaa/ by `npm run gen:mwaa`).
 */

/** One Amazon MWAA Airflow version, as its constraints file pins it. */
export interface MwaaVersion {
  /** Exact Airflow version MWAA runs, e.g. `3.0.6`. */
  airflow: string;
  /** Exact Python MWAA runs it on, e.g. `3.12.10`. */
  python: string;
  /** `3.12`: names Airflow's published `constraints-<python minor>.txt`. */
  pythonMinor: string;
  /** Repository path of the vendored constraints file. */
  constraintsFile: string;
  /** Every `apache-airflow-providers-*` distribution the constraints pin, by name. */
  providers: Readonly<Record<string, string>>;
}
