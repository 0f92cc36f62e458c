/**
 * A design file as deploy input: read and parsed the way every command reads
 * a design (src/io/read-design.ts, the one parser), then through the export gate
 * (src/export/gate.ts: errors refuse the deploy before any S3 call), in
 * memory, exactly as `dag-designer export --prefix` would write it.
 */
import { readDesign } from '../io/read-design.ts';
import type { FsLike } from '../io/fs-like.ts';
import { gateExport } from '../export/gate.ts';
import { assembleBundle } from './bundle.ts';
import { refusedLoad, type LoadResult } from './load-input.ts';
import { parseManifestText } from './manifest.ts';

/** `path` is read; `shown` (as the user typed it) names the file in messages. */
export async function loadDesign(
  fs: FsLike,
  path: string,
  shown: string,
  prefix: string,
): Promise<LoadResult> {
  const read = await readDesign(fs, path, shown);
  if (!read.ok) return { ok: false, exitCode: 2, messages: [], findings: read.findings };
  const gate = gateExport(read.design, {
    prefix,
    designText: read.text,
    // The file name alone, as `export` names it in the DAG file's docstring.
    designFile: shown.split(/[\\/]/).pop(),
    readFindings: read.findings,
  });
  if (!gate.ok) {
    return {
      ok: false,
      exitCode: 1,
      messages: [`${shown}: the design has errors; nothing was uploaded`],
      findings: gate.findings,
    };
  }
  const { files: bundleFiles, findings } = gate;
  const manifestFile = bundleFiles.find((f) => f.path === 'manifest.json');
  const manifest = manifestFile ? parseManifestText(manifestFile.content) : null;
  if (!manifest?.ok) {
    // The exporter is ours: a bad manifest here is a bug, not user input.
    throw new Error(`the exporter produced no valid manifest.json for ${shown}`);
  }
  const encoder = new TextEncoder();
  const contents = new Map(bundleFiles.map((f) => [f.path, encoder.encode(f.content)] as const));
  try {
    return {
      ok: true,
      bundle: assembleBundle(manifest.manifest, contents, prefix, shown),
      findings,
    };
  } catch (error) {
    return refusedLoad(error);
  }
}
