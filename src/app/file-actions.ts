/**
 * File actions of the top bar: New, Open (input or drop), Save, Export .zip.
 * Every file goes through `parseDesignText`; a file that does not parse
 * leaves the current design untouched and says why, naming the file.
 */
import { designFileName, emptyDesign, parseDesignText, serializeDesign } from '../io/index.ts';
import type { Finding } from '../model/findings.ts';
import { draftFindings, editorStore, findingsFor, loadValidator } from '../store/index.ts';
import { loadVendoredConstraints } from './vendored-constraints.ts';
import { askConfirm } from './dialogs/confirm.ts';
import { downloadFile } from './download.ts';
import { localAutosave } from './persistence/session.ts';

const MAX_LISTED = 3;

/**
 * Paths whose findings are about the file as a whole ("not a dag-designer
 * design", "written by a newer dag-designer"): their messages read on their
 * own after the file name, so a `version:` prefix would only be noise.
 */
const FILE_LEVEL_PATHS: ReadonlySet<string> = new Set(['', 'format', 'version']);

/** "`path`: message; ..." for the first few findings (no path for file-level ones). */
export function describeFindings(findings: readonly Finding[]): string {
  const shown = findings
    .slice(0, MAX_LISTED)
    .map((f) => (FILE_LEVEL_PATHS.has(f.path) ? f.message : `${f.path}: ${f.message}`))
    .join('; ');
  const more = findings.length > MAX_LISTED ? ` (and ${findings.length - MAX_LISTED} more)` : '';
  return shown + more;
}

/** Ends a notice with a full stop unless it already ends a sentence. */
const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

export const hasUnsavedChanges = (): boolean => {
  const s = editorStore.getState();
  return s.design !== s.savedDesign;
};

/**
 * Asks (in an in-app dialog) before leaving a design with changes not saved
 * to a file; true to go on. The design itself stays in My designs: its
 * pending autosave is written before the answer is returned.
 */
export async function confirmDiscard(what: string): Promise<boolean> {
  if (hasUnsavedChanges()) {
    const name = editorStore.getState().design.dag.dag_id;
    const yes = await askConfirm({
      title: 'Unsaved changes',
      message: `${name} has changes that are not saved to a file. They stay in My designs in this browser. ${what} anyway?`,
      confirmLabel: `${what} anyway`,
    });
    if (!yes) return false;
  }
  await localAutosave().flush();
  return true;
}

export async function newDesign(): Promise<void> {
  if (!(await confirmDiscard('Start a new design'))) return;
  const s = editorStore.getState();
  s.loadDesign(emptyDesign());
  s.showNotice('info', 'New empty design');
}

/**
 * Opens design text from `source` (a file name); returns true when it was
 * loaded. The text is parsed BEFORE asking to discard unsaved changes, so a
 * broken file never costs the user a prompt, and never touches the design.
 */
export async function openDesignText(text: string, source: string): Promise<boolean> {
  const s = editorStore.getState();
  const result = parseDesignText(text, source);
  if (!result.ok) {
    // The parser may already name the file in its messages; say it once.
    const findings = result.findings.map((f) =>
      f.message.startsWith(`${source}: `)
        ? { ...f, message: f.message.slice(source.length + 2) }
        : f,
    );
    s.showNotice('error', sentence(`Could not open ${source}: ${describeFindings(findings)}`));
    return false;
  }
  if (!(await confirmDiscard(`Open ${source}`))) return false;
  s.loadDesign(result.design);
  s.showNotice('success', `Opened ${source} (${result.design.tasks.length} tasks)`);
  return true;
}

export async function openDesignFile(file: File): Promise<boolean> {
  const s = editorStore.getState();
  if (!/\.json$/i.test(file.name)) {
    s.showNotice('error', `Could not open ${file.name}: expected a .dag.json design file`);
    return false;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    s.showNotice('error', `Could not read ${file.name}`);
    return false;
  }
  return openDesignText(text, file.name);
}

export function saveDesign(): void {
  const s = editorStore.getState();
  const name = designFileName(s.design);
  downloadFile(name, serializeDesign(s.design), 'application/json');
  s.markSaved();
  s.showNotice('success', `Saved ${name}`);
}

/** The export gate and the zip writer (fflate): a lazy chunk, fetched on the first export or when idle. */
export const loadExporter = () =>
  Promise.all([import('../export/gate.ts'), import('./bundle-zip.ts')]);

export async function exportDesignZip(): Promise<void> {
  const s = editorStore.getState();
  try {
    // The button's state may be a render behind the design (findings are
    // deferred while typing): the gate checks the design being exported, as
    // the CLI does, with the findings cached for it. The files are exactly
    // what the CLI writes for the saved design file (with
    // `--bundle-constraints` when the option is on).
    const design = s.design;
    // The exporter (and fflate) load on the first export; the validator must
    // be in, or findingsFor would have nothing to refuse the export with.
    const [[{ gateExport }, { zipBundle, zipName }]] = await Promise.all([
      loadExporter(),
      loadValidator(),
    ]);
    const bundledConstraints = s.bundleConstraints
      ? await loadVendoredConstraints(design.target.airflow)
      : undefined;
    const gate = gateExport(design, {
      designText: serializeDesign(design),
      // The DAG file's docstring names the design file, as `dag-designer export` of the saved file does.
      designFile: designFileName(design),
      bundledConstraints,
      // Text typed but not parsed yet blocks the export (it is not in the file).
      validate: (d) => [...findingsFor(d), ...draftFindings(d)],
    });
    if (!gate.ok) {
      const errors = gate.findings.filter((f) => f.severity === 'error');
      s.showNotice('error', `Not exported: fix ${describeFindings(errors)}`);
      return;
    }
    const name = zipName(design);
    downloadFile(name, zipBundle(gate.files), 'application/zip');
    s.showNotice('success', `Exported ${name}`);
  } catch (err) {
    s.showNotice('error', `Export failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
