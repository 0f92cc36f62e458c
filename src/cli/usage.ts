/** Help texts. Kept together so `--help` everywhere reads alike (see docs/CLI.md). */
import { targetList } from '../design/targets.ts';

export const GLOBAL_USAGE = `usage: dag-designer <command> [options]

commands:
  validate <design.dag.json> [--json] [--pool <name>=<slots> ...]
      check a design; exit 0 clean or warnings only, 1 errors, 2 unreadable input
  export <design.dag.json> -o <dir> [--target <version>] [--bundle-constraints] [--prefix p] [--json]
      write dags/<dag_id>.py, requirements.txt and manifest.json into a new <dir>
  deploy <design.dag.json | bundle-dir> --bucket <b> [--prefix p] [--endpoint-url u] [--dry-run]
      upload a bundle to an Amazon MWAA bucket

options:
  -h, --help     show help (also: dag-designer <command> --help)
  --version      print the version

Set DAG_DESIGNER_DEBUG=1 to see stack traces of unexpected errors.
`;

export const VALIDATE_USAGE = `usage: dag-designer validate <design.dag.json> [--json] [--pool <name>=<slots> ...]

Checks the design file and prints its findings (errors and warnings) and,
when tasks have estimated_duration, the run-time forecast.

options:
  --json       print one JSON object {"findings": [...], "forecast": {...}} to stdout
  --pool <name>=<slots>
               the size of a pool of the environment, for the forecast (repeatable;
               default_pool is 128 unless given, other pools unlimited unless given)
  -h, --help   show this help

exit codes: 0 clean or warnings only, 1 errors, 2 unreadable input (missing file,
not JSON, not a dag-designer design).
`;

export const EXPORT_USAGE = `usage: dag-designer export <design.dag.json> -o <dir> [--target <version>] [--bundle-constraints] [--prefix p] [--json]

Writes the bundle into <dir>, which must not exist or be empty:
  dags/<dag_id>.py   requirements.txt (when providers are needed)   manifest.json
requirements.txt starts with the version's --constraint line, then the providers, unpinned.
Nothing is written when the design has errors; the bundle appears all at once.

options:
  -o, --out <dir>     where to write the bundle (required)
  --target <version>  the MWAA environment's exact Airflow version: ${targetList()}
                      (a version 1 name 2.10, 2.11, 3 means 2.10.3, 2.11.2, 3.0.6; default: the design's)
  --bundle-constraints
                      also write dags/constraints-<version>.txt and point requirements.txt at
                      it (for MWAA environments without internet access)
  --prefix <p>        S3 key prefix for the manifest's keys
  --json              print the manifest to stdout
  -h, --help          show this help

exit codes: 0 written, 1 refused (errors in the design, <dir> not empty), 2 unreadable
input or bad usage.
`;
