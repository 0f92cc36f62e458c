/**
 * Manifests on the deploy side: parsing a bundle's `manifest.json` (outside
 * input, so zod) and building the deployed manifest, which is the contract's
 * manifest plus `bucket` and, per file, the `version_id` S3 holds for it.
 * It is written only after every file is in the bucket: a manifest always
 * describes a complete deploy.
 */
import { z } from 'zod';
import { AIRFLOW_TARGETS, parseTargetOrV1Name } from '../design/targets.ts';
import type { Manifest, ManifestFile } from '../export/bundle-types.ts';
import type { DesignOwner } from './ownership.ts';

const SHA256_HEX = /^[0-9a-f]{64}$/;

const manifestFileSchema = z.strictObject({
  path: z
    .string()
    .min(1)
    .refine((p) => !p.startsWith('/') && !p.split('/').includes('..') && !p.includes('\\'), {
      message: 'must be a relative path inside the bundle',
    }),
  key: z.string().min(1),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(SHA256_HEX, 'must be 64 lower-case hex digits'),
  content_type: z.string().min(1),
});

const manifestSchema = z.strictObject({
  format: z.literal('dag-designer-manifest'),
  version: z.literal(1),
  dag_id: z.string().min(1),
  // A manifest deployed before format version 2 says "2.10", "2.11" or "3": read
  // those as the MWAA versions the design migration gives them.
  airflow: z.preprocess(
    (value) => (typeof value === 'string' ? (parseTargetOrV1Name(value) ?? value) : value),
    z.enum(AIRFLOW_TARGETS),
  ),
  design_sha256: z.string(),
  files: z.array(manifestFileSchema).min(1),
});

// Compile-time proof that the schema and the Manifest type agree both ways
// (as src/io/schema-v2.ts does for the design), so parsing needs no cast.
type Assert<T extends true> = T;
export type SchemaOutputIsManifest = Assert<
  z.output<typeof manifestSchema> extends Manifest ? true : false
>;
export type ManifestIsSchemaInput = Assert<
  Manifest extends z.input<typeof manifestSchema> ? true : false
>;

export type ManifestParse = { ok: true; manifest: Manifest } | { ok: false; problems: string[] };

/** Parses manifest text; problems name the field (`files[1].sha256: ...`). */
export function parseManifestText(text: string): ManifestParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not JSON: ${(error as Error).message}`] };
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const path = issue.path
          .map((part, i) =>
            typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`,
          )
          .join('');
        return `${path || '(root)'}: ${issue.message}`;
      }),
    };
  }
  return { ok: true, manifest: parsed.data };
}

export interface DeployedFile extends ManifestFile {
  version_id: string | null;
}

export interface DeployedManifest extends Omit<Manifest, 'files'> {
  bucket: string;
  /**
   * Which design owns the dag_id here (./ownership.ts). Optional on purpose:
   * manifests deployed before it was recorded have none, and a schema for
   * reading deployed manifests must accept both.
   */
  owner?: DesignOwner;
  files: DeployedFile[];
}

/** Where the deployed manifest lives in the bucket. */
export function manifestKey(prefix: string, dagId: string): string {
  return `${prefix}.dag-designer/${dagId}.manifest.json`;
}

/**
 * The deployed manifest, keys in the contract's order (then `owner`, when
 * given, before `files`), version ids taken from `versions` (by key).
 */
export function buildDeployedManifest(
  manifest: Manifest,
  bucket: string,
  versions: ReadonlyMap<string, string | null>,
  owner?: DesignOwner,
): DeployedManifest {
  return {
    format: manifest.format,
    version: manifest.version,
    dag_id: manifest.dag_id,
    airflow: manifest.airflow,
    design_sha256: manifest.design_sha256,
    bucket,
    ...(owner ? { owner } : {}),
    files: manifest.files.map((f) => ({
      path: f.path,
      key: f.key,
      size: f.size,
      sha256: f.sha256,
      content_type: f.content_type,
      version_id: versions.get(f.key) ?? null,
    })),
  };
}

/** Canonical text: 2-space JSON with a trailing newline, so equal deploys give equal bytes. */
export function serializeDeployedManifest(manifest: DeployedManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
