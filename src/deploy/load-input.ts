/**
 * Reads the deploy input from disk: a bundle directory (manifest.json plus
 * the files it lists, hashes verified) or, through ./load-design.ts, a design
 * file that is validated and exported in memory.
 */
import { join } from 'node:path';
import type { FsLike } from '../cli/cli-io.ts';
import type { Finding } from '../model/findings.ts';
import { assembleBundle, BundleRefused, type DeployBundle } from './bundle.ts';
import { parseManifestText } from './manifest.ts';

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
export async function loadBundleDir(
  fs: FsLike,
  dir: string,
  shown: string,
  prefix: string,
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
      bundle: assembleBundle(parsed.manifest, contents, prefix, shown),
      findings: [],
    };
  } catch (error) {
    return refusedLoad(error);
  }
}
