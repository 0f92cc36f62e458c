/**
 * The browser's export: the same files as `dag-designer export` of the saved
 * design, zipped deterministically (fixed order and fixed timestamps), so the
 * same design always gives the same .zip.
 */
import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import type { Design } from '../design/design.ts';
import { designFileName, serializeDesign } from '../io/index.ts';
import { exportBundle } from '../export/index.ts';
import type { BundleFile } from '../export/bundle-types.ts';

/**
 * 2000-01-01 00:00:00 built from LOCAL components (at zip time): zip stores
 * local DOS time, so this gives the same bytes in every time zone.
 */
const fixedMtime = (): Date => new Date(2000, 0, 1, 0, 0, 0);

/** Exactly what the CLI writes for the saved design file (`designText` = the saved bytes). */
export function bundleFiles(design: Design): BundleFile[] {
  return exportBundle(design, {
    designText: serializeDesign(design),
    designFile: designFileName(design),
  });
}

export function zipBundle(files: readonly BundleFile[]): Uint8Array {
  const entries: Zippable = {};
  const mtime = fixedMtime();
  for (const f of files) entries[f.path] = [strToU8(f.content), { mtime, level: 6 }];
  return zipSync(entries);
}

/** The zip's file name: `<dag_id>.zip`. */
export function zipName(design: Design): string {
  return `${design.dag.dag_id}.zip`;
}

/** `<dag_id>.zip` name and bytes for the design (no gate: the caller validated). */
export function exportZip(design: Design): { name: string; bytes: Uint8Array } {
  return { name: zipName(design), bytes: zipBundle(bundleFiles(design)) };
}
