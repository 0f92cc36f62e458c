/**
 * The deploy input, whatever it came from: the contract's manifest and the
 * files to upload, each with bytes that match its manifest entry. Keys are
 * always `prefix + path`, so `--prefix` means the same for a design file and
 * for a bundle directory exported without (or with another) prefix.
 */
import { createHash } from 'node:crypto';
import type { Manifest } from '../export/bundle-types.ts';
import type { LocalFile } from './plan.ts';

export interface DeployBundle {
  manifest: Manifest;
  files: LocalFile[];
  prefix: string;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Thrown for input the deploy must refuse (exit 1): its message is for the user. */
export class BundleRefused extends Error {
  override readonly name = 'BundleRefused';
}

/**
 * Pairs each manifest entry with its bytes, checking size and sha256: a file
 * edited after export (or a manifest edited by hand) is refused, since the
 * deployed manifest would otherwise claim hashes the bucket does not hold.
 */
export function assembleBundle(
  manifest: Manifest,
  contents: ReadonlyMap<string, Uint8Array>,
  prefix: string,
  where: string,
): DeployBundle {
  const problems: string[] = [];
  const files: LocalFile[] = [];
  for (const entry of manifest.files) {
    const body = contents.get(entry.path);
    if (!body) {
      problems.push(`${where}: ${entry.path} is listed in manifest.json but missing`);
      continue;
    }
    const actual = sha256Hex(body);
    if (actual !== entry.sha256 || body.byteLength !== entry.size) {
      problems.push(
        `${where}: ${entry.path} does not match manifest.json ` +
          `(sha256 ${actual.slice(0, 12)}…, ${body.byteLength} bytes; manifest says ${entry.sha256.slice(0, 12)}…, ${entry.size} bytes)`,
      );
      continue;
    }
    files.push({
      path: entry.path,
      key: `${prefix}${entry.path}`,
      size: entry.size,
      sha256: entry.sha256,
      contentType: entry.content_type,
      body,
    });
  }
  const dagFile = `dags/${manifest.dag_id}.py`;
  if (!manifest.files.some((f) => f.path === dagFile)) {
    problems.push(`${where}: manifest.json lists no ${dagFile}`);
  }
  if (problems.length > 0) throw new BundleRefused(problems.join('\n'));
  return {
    manifest: {
      ...manifest,
      files: manifest.files.map((f) => ({ ...f, key: `${prefix}${f.path}` })),
    },
    files,
    prefix,
  };
}
