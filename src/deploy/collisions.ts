/**
 * dag_id collisions. MWAA (Airflow) keeps only one DAG per dag_id and ignores
 * the other without an error the user would see, so a deploy refuses when
 * another Python file in `<prefix>dags/` declares our dag_id.
 *
 * Detection is deliberately simple and documented (docs/DEPLOY.md): a file
 * declares a dag_id when its text has one of
 *   dag_id="x"   dag_id='x'   (keyword form: DAG(dag_id=...), @dag(dag_id=...))
 *   DAG("x"      DAG('x'      (positional form)
 * with any spaces around `=` and after `(`. Not detected: ids built at run
 * time (f-strings, variables), `@dag` without `dag_id` (the function name),
 * DAGs inside .zip files. A match inside a comment counts: `--force` exists
 * for the false positives.
 */
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';

const DAG_ID_PATTERNS: readonly RegExp[] = [
  /\bdag_id\s*=\s*(["'])([^"'\\\n]+)\1/g,
  /\bDAG\(\s*(["'])([^"'\\\n]+)\1/g,
];

/** Every dag_id the source declares by the rule above, deduplicated, in order of appearance. */
export function declaredDagIds(source: string): string[] {
  const found: { id: string; at: number }[] = [];
  for (const pattern of DAG_ID_PATTERNS) {
    for (const match of source.matchAll(pattern)) {
      found.push({ id: match[2] ?? '', at: match.index });
    }
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.id))];
}

export interface RemoteDagFile {
  key: string;
  source: string;
}

/** Keys of the other files that declare `dagId`. The file at `ownKey` is ours to replace, never a collision. */
export function findCollisions(
  dagId: string,
  ownKey: string,
  files: readonly RemoteDagFile[],
): string[] {
  return files
    .filter((f) => f.key !== ownKey && declaredDagIds(f.source).includes(dagId))
    .map((f) => f.key)
    .sort();
}

/** Above this size a file is not a hand-written DAG; reading it would only slow the deploy. */
const MAX_SCANNED_BYTES = 5 * 1024 * 1024;

export interface DagFolderScan {
  files: RemoteDagFile[];
  /** Keys that were too large to read, reported so the user knows what was not checked. */
  skipped: string[];
}

/** Lists `<prefix>dags/` and reads every other `.py` file (all pages of the listing). */
export async function scanDagFolder(
  client: S3Client,
  bucket: string,
  prefix: string,
  ownKey: string,
): Promise<DagFolderScan> {
  const scan: DagFolderScan = { files: [], skipped: [] };
  let token: string | undefined;
  do {
    const page = await client.send(
      new ListObjectsV2Command({
        Bucket: bucket,
        Prefix: `${prefix}dags/`,
        ContinuationToken: token,
      }),
    );
    for (const object of page.Contents ?? []) {
      const key = object.Key;
      if (!key || !key.endsWith('.py') || key === ownKey) continue;
      if ((object.Size ?? 0) > MAX_SCANNED_BYTES) {
        scan.skipped.push(key);
        continue;
      }
      const body = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      scan.files.push({ key, source: (await body.Body?.transformToString('utf-8')) ?? '' });
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return scan;
}
