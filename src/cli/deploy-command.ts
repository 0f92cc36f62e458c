/**
 * `dag-designer deploy <design.dag.json | bundle dir> --bucket B [...]`:
 * uploads a bundle to an MWAA bucket (see docs/DEPLOY.md). This file only
 * parses arguments, loads the input and prints; the steps live in src/deploy.
 *
 * Exit codes: 0 deployed (or a clean dry run), 1 refused or failed (design
 * errors, versioning off, collision, tampered bundle, failed upload), 2
 * unreadable input, bad usage or no AWS region. Machine output (`--json`)
 * and the result table go to stdout; progress, warnings, errors to stderr.
 */
import { basename, dirname, join, resolve } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import type { Finding } from '../model/findings.ts';
import { loadBundleDir, type LoadResult } from '../deploy/load-input.ts';
import { normalizePrefix } from '../deploy/plan.ts';
import { renderJson, renderText } from '../deploy/report.ts';
import { runDeploy, type DeployResult } from '../deploy/run-deploy.ts';
import { createS3Client } from '../deploy/s3-client.ts';
import { encryptionFor, type UploadOutcome } from '../deploy/upload.ts';
import { parseCommandArgs, UsageError } from './args.ts';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, type CliIo } from './cli-io.ts';
import { formatFindings } from './format-findings.ts';

export const DEPLOY_USAGE = `usage: dag-designer deploy <design.dag.json | bundle-dir> --bucket <bucket> [options]

Uploads the bundle (dags/<dag_id>.py, requirements.txt) to an Amazon MWAA
bucket: validates first, checks the bucket (versioning must be on), refuses a
dag_id another DAG file already declares or another design owns, merges the
bundle's requirements into the environment's requirements.txt (never
replacing it), uploads only new and changed files, and records the S3 version
of every file and the owning design in a deployed manifest.

options:
  --bucket <b>          the environment's S3 bucket (required)
  --prefix <p>          key prefix inside the bucket (default: none for a design;
                        a bundle directory keeps the prefix it was exported with)
  --region <r>          AWS region (default: AWS_REGION or the profile's)
  --endpoint-url <url>  another S3 API (MinIO, moto); uses path-style addressing
  --kms-key-id <key>    encrypt with SSE-KMS and this key (default: SSE-S3, AES256)
  --requirements-key <k>
                        the environment's requirements file, a key in the bucket
                        (default: <prefix>requirements.txt)
  --manifest-out <path> where to write the local copy of the deployed manifest
                        (default: <dag_id>.manifest.json next to the design, or
                        inside the bundle directory)
  --dry-run             show what would be uploaded (and the requirements.txt
                        merge as a diff); write nothing
  --force               deploy even when another file declares the same dag_id,
                        or another design owns it (this design becomes the owner)
  --json                print one JSON report to stdout
  --quiet               no progress lines
  -h, --help            show this help

Credentials come from the standard AWS chain (environment, profile, SSO,
instance or task role); never from a flag. See docs/DEPLOY.md.

exit codes: 0 deployed (or dry run), 1 refused or failed, 2 unreadable input,
bad usage or no AWS region.
`;

const OPTIONS = {
  bucket: { type: 'string' },
  prefix: { type: 'string' },
  region: { type: 'string' },
  'endpoint-url': { type: 'string' },
  'kms-key-id': { type: 'string' },
  'requirements-key': { type: 'string' },
  'manifest-out': { type: 'string' },
  'dry-run': { type: 'boolean' },
  force: { type: 'boolean' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Flags = ReturnType<typeof parseCommandArgs<typeof OPTIONS>>['values'];

interface Input {
  /** Absolute path. */
  path: string;
  /** As typed, for messages. */
  shown: string;
  isDirectory: boolean;
}

/** The input is a bundle directory when it is a directory, a design file otherwise. */
async function loadInput(
  io: CliIo,
  input: Input,
  prefixFlag: string | undefined,
): Promise<LoadResult> {
  const prefix = prefixFlag === undefined ? undefined : normalizePrefix(prefixFlag);
  if (input.isDirectory) return loadBundleDir(io, input.path, input.shown, prefix);
  // Loaded on demand: a bundle-directory deploy needs no validator or exporter.
  const { loadDesign } = await import('../deploy/load-design.ts');
  return loadDesign(io, input.path, input.shown, prefix ?? '');
}

async function isDirectory(io: CliIo, path: string): Promise<boolean> {
  try {
    return (await io.stat(path)).isDirectory();
  } catch {
    return false; // missing: reading it as a design reports "no such file"
  }
}

/** The SDK resolves the region lazily (flag, env, profile); ask it once, up front. */
async function hasRegion(client: S3Client): Promise<boolean> {
  try {
    return Boolean(await client.config.region());
  } catch {
    return false;
  }
}

/** Writes beside the target, then renames: a crash never leaves half a manifest. */
async function writeLocalManifest(io: CliIo, path: string, text: string): Promise<void> {
  const temporary = `${path}.tmp-${process.pid}`;
  await io.writeFile(temporary, text);
  await io.rename(temporary, path);
}

function progressPrinter(io: CliIo) {
  return (done: number, total: number, key: string, outcome: UploadOutcome) => {
    const what =
      outcome.status === 'uploaded'
        ? `uploaded (version ${outcome.versionId ?? '-'})`
        : outcome.status === 'failed'
          ? `FAILED: ${outcome.error}`
          : 'not attempted';
    io.stderr(`[${done}/${total}] ${key} ${what}\n`);
  };
}

function parse(argv: string[]): { flags: Flags; shown: string } | 'help' {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, DEPLOY_USAGE);
  if (values.help) return 'help';
  if (positionals.length !== 1) {
    throw new UsageError(
      `expected one design file or bundle directory, got ${positionals.length}`,
      DEPLOY_USAGE,
    );
  }
  if (!values.bucket) throw new UsageError('--bucket is required', DEPLOY_USAGE);
  const requirementsKey = values['requirements-key'];
  if (requirementsKey !== undefined && /^\/*$|\/$/.test(requirementsKey)) {
    throw new UsageError(
      `--requirements-key must name a file in the bucket, not ${JSON.stringify(requirementsKey)}`,
      DEPLOY_USAGE,
    );
  }
  return { flags: values, shown: positionals[0] ?? '' };
}

function manifestPathFor(io: CliIo, flags: Flags, input: Input, dagId: string): string {
  if (flags['manifest-out']) return resolve(io.cwd, flags['manifest-out']);
  const dir = input.isDirectory ? input.path : dirname(input.path);
  return join(dir, `${dagId}.manifest.json`);
}

async function report(
  io: CliIo,
  flags: Flags,
  result: DeployResult,
  findings: readonly Finding[],
  manifestPath: string,
): Promise<number> {
  let localPath: string | null = null;
  if (result.status === 'deployed' && result.manifestText !== null) {
    try {
      await writeLocalManifest(io, manifestPath, result.manifestText);
      localPath = manifestPath;
    } catch (error) {
      const why = (error as { code?: string }).code ?? (error as Error).message;
      result.problem =
        `the bucket is up to date (s3://${result.bucket}/${result.manifestKey}), but the local ` +
        `manifest ${manifestPath} could not be written (${why}); run again to write it`;
    }
  }
  for (const warning of result.warnings) io.stderr(`warning: ${warning}\n`);
  if (result.problem) io.stderr(`error: ${result.problem}\n`);
  io.stdout(
    flags.json
      ? renderJson(result, { findings, localManifestPath: localPath })
      : renderText(result, localPath),
  );
  const ok = (result.status === 'deployed' || result.status === 'dry-run') && !result.problem;
  return ok ? EXIT_OK : EXIT_FINDINGS;
}

export async function deployCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parse(argv);
  if (args === 'help') {
    io.stdout(DEPLOY_USAGE);
    return EXIT_OK;
  }
  const { flags, shown } = args;
  const path = resolve(io.cwd, shown);
  const input: Input = { path, shown, isDirectory: await isDirectory(io, path) };
  const loaded = await loadInput(io, input, flags.prefix);
  if (loaded.findings.length > 0) io.stderr(formatFindings(loaded.findings));
  if (!loaded.ok) {
    for (const message of loaded.messages) io.stderr(`error: ${message}\n`);
    if (flags.json) {
      const status = loaded.exitCode === 1 ? 'refused' : 'unreadable';
      const problem = loaded.messages.join('\n') || null;
      io.stdout(
        `${JSON.stringify({ ok: false, status, problem, findings: loaded.findings }, null, 2)}\n`,
      );
    }
    return loaded.exitCode;
  }
  const client = createS3Client({
    region: flags.region,
    endpointUrl: flags['endpoint-url'],
    env: io.env,
  });
  try {
    if (!(await hasRegion(client))) {
      io.stderr(
        'error: no AWS region: pass --region, or set AWS_REGION or a region in the profile\n',
      );
      return EXIT_UNUSABLE;
    }
    const result = await runDeploy(client, loaded.bundle, {
      bucket: flags.bucket ?? '',
      dryRun: flags['dry-run'] ?? false,
      force: flags.force ?? false,
      encryption: encryptionFor(flags['kms-key-id']),
      designFile: basename(input.path),
      requirementsKey: flags['requirements-key'],
      onProgress: flags.quiet ? undefined : progressPrinter(io),
    });
    const manifestPath = manifestPathFor(io, flags, input, result.dagId);
    return await report(io, flags, result, loaded.findings, manifestPath);
  } finally {
    client.destroy();
  }
}
