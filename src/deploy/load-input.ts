/**
 * Reads the deploy input from disk: a bundle directory (manifest.json plus
 * the files it lists, hashes verified) or, through ./load-design.ts, a design
 * file that is validated and exported in memory.
 */
import { join } from 'node:path';
import type { FsLike } from '../io/fs-like.ts';
import type { Finding } from '../model/findings.ts';
import { assembleBundle, BundleRefused, type DeployBundle } from './bundle.ts';
import type { Manifest } from '../export/bundle-types.ts';
import { parseManifestText } from './manifest.ts';
import { normalizePrefix } from './plan.ts';

/** Exit 1: refused (validation errors, tampered bundle); exit 2: unreadable input. */
export type LoadResult =
  | { ok: true; bundle: DeployBundle; findings: Finding[] }
  | { ok: false; exitCode: 1 | 2; messages: string[]; findings: Finding[] };

export const unreadable = (...messages: string[]): LoadResult => ({
  ok: false,
  exitCode: 2,
  messages,
  findings: [],
});

export function refusedLoad(error: unknown): LoadResult {
  if (error instanceof BundleRefused) {
    return { ok: false, exitCode: 1, messages: error.message.split('\n'), findings: [] };
  }
  throw error;
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : String((error as Error | null)?.message ?? error);
}

/** `dir` is read; `shown` (as the user typed it) names the bundle in messages. */
/**
 * The prefix a bundle was exported with: what its keys add in front of their
 * paths, the same for every file. Null when the keys disagree (a manifest
 * edited by hand), so the caller can ask for `--prefix`.
 */
export function exportedPrefix(manifest: Manifest): string | null {
  const prefixes = new Set(
    manifest.files.map((f) => (f.key.endsWith(f.path) ? f.key.slice(0, -f.path.length) : null)),
  );
  const [only] = prefixes;
  if (prefixes.size !== 1 || only === null || only === undefined) return null;
  return normalizePrefix(only) === only ? only : null;
}

/**
 * `dir` is read; `shown` (as the user typed it) names the bundle in messages.
 * `prefix` is `--prefix` (normalised) or undefined to keep the bundle's keys.
 */
export async function loadBundleDir(
  fs: FsLike,
  dir: string,
  shown: string,
  prefix: string | undefined,
): Promise<LoadResult> {
  const manifestPath = join(dir, 'manifest.json');
  const shownManifest = join(shown, 'manifest.json');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await fs.readFile(manifestPath));
  } catch (error) {
    return unreadable(`${shownManifest}: cannot read the bundle's manifest (${reason(error)})`);
  }
  const parsed = parseManifestText(text);
  if (!parsed.ok) return unreadable(...parsed.problems.map((p) => `${shownManifest}: ${p}`));
  const keyPrefix = prefix ?? exportedPrefix(parsed.manifest);
  if (keyPrefix === null) {
    return unreadable(
      `${shownManifest}: the keys do not share one prefix before their paths; pass --prefix`,
    );
  }
  const contents = new Map<string, Uint8Array>();
  for (const entry of parsed.manifest.files) {
    try {
      contents.set(entry.path, await fs.readFile(join(dir, ...entry.path.split('/'))));
    } catch {
      // assembleBundle reports every missing file together.
    }
  }
  try {
    return {
      ok: true,
      bundle: assembleBundle(parsed.manifest, contents, keyPrefix, shown),
      findings: [],
    };
  } catch (error) {
    return refusedLoad(error);
  }
}
