/**
 * `manifest.json`, the S3 upload manifest of the contract: every other bundle
 * file with its S3 key, size in UTF-8 bytes, sha256 and content type, sorted
 * by path; the manifest does not list itself. A deploy later adds `bucket`
 * and each object's `version_id`.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { AirflowTarget } from '../design/design.ts';
import type { BundleFile, Manifest } from './bundle-types.ts';

export const MANIFEST_PATH = 'manifest.json';
export const MANIFEST_CONTENT_TYPE = 'application/json';

const encoder = new TextEncoder();

/** Hex sha256 of the UTF-8 bytes of `text`. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(encoder.encode(text)));
}

/** `prefix` + `/` + `path` with no empty segments: `''`, `/`, `a/`, `/a//b/` all behave. */
export function s3Key(prefix: string | undefined, path: string): string {
  return [...(prefix ?? '').split('/'), ...path.split('/')].filter((part) => part !== '').join('/');
}

export function buildManifest(
  dagId: string,
  target: AirflowTarget,
  designText: string,
  files: readonly BundleFile[],
  prefix?: string,
): Manifest {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    format: 'dag-designer-manifest',
    version: 1,
    dag_id: dagId,
    airflow: target,
    design_sha256: sha256Hex(designText),
    files: sorted.map((file) => {
      const bytes = encoder.encode(file.content);
      return {
        path: file.path,
        key: s3Key(prefix, file.path),
        size: bytes.length,
        sha256: bytesToHex(sha256(bytes)),
        content_type: file.contentType,
      };
    }),
  };
}

/** The manifest as a bundle file: 2-space JSON with a trailing newline, like the design files. */
export function manifestFile(manifest: Manifest): BundleFile {
  return {
    path: MANIFEST_PATH,
    content: JSON.stringify(manifest, null, 2) + '\n',
    contentType: MANIFEST_CONTENT_TYPE,
  };
}
