/** What the exporter returns: files as data. Writing them is the caller's job. */
import type { AirflowTarget } from '../design/design.ts';

export interface BundleFile {
  /** Path inside the bundle, `/`-separated: `dags/<dag_id>.py`, `requirements.txt`, `manifest.json`. */
  path: string;
  /** UTF-8 text of the file. */
  content: string;
  contentType: string;
}

export interface ExportOptions {
  /** Overrides the design's `target.airflow` (CLI `--target`). */
  target?: AirflowTarget;
  /** S3 key prefix prepended to every manifest `key` (deploy `--prefix`). */
  prefix?: string;
  /**
   * The design file exactly as saved, for `design_sha256`. Defaults to the
   * canonical serialization of the design.
   */
  designText?: string;
  /**
   * The text of the target's Airflow constraints file (mwaa/constraints-<v>.txt),
   * to ship it as `dags/constraints-<v>.txt` and point requirements.txt at it
   * (`export --bundle-constraints`, for environments without internet access).
   * The core reads no files: the CLI and the browser supply it.
   */
  bundledConstraints?: string;
  /**
   * The design's file name (`orders.dag.json`, no folder), named in the DAG
   * file's docstring; a design without a file (a browser draft) names none.
   */
  designFile?: string;
}

export interface ManifestFile {
  path: string;
  key: string;
  size: number;
  sha256: string;
  content_type: string;
}

export interface Manifest {
  format: 'dag-designer-manifest';
  version: 1;
  dag_id: string;
  airflow: AirflowTarget;
  design_sha256: string;
  files: ManifestFile[];
}
