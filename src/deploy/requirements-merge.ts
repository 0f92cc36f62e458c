/**
 * Merging a bundle's `requirements.txt` into the environment's (pure).
 *
 * An MWAA environment has one `requirements.txt` for all its DAGs (contract
 * section 5), so a deploy never replaces it with one DAG's file. The merge
 * keeps every byte of the current file (comments, blank lines, pins,
 * options, order, line endings) and adds only what the bundle needs and the
 * file lacks:
 *   - a requirement whose distribution name (PEP 503-normalised) no line of
 *     the current file names yet; a line naming it with a pin, extras or an
 *     environment marker counts as present (the user wrote it on purpose);
 *   - the bundle's `--constraint` line when the file has none, put first;
 *     a file whose constraints name another Airflow version (or another
 *     file) is refused, since one environment installs under one set.
 * The file's lines are read the way pip reads them (`\` joins lines, `#`
 * at the start or after a space starts a comment, options are split like a
 * shell would). Hand-written on purpose: pip-requirements-js, the one
 * maintained JS parser, rejects `--constraint "url"`, `--constraint=url`,
 * `--index-url` and `--hash`, which are all valid and common here.
 */

/** One logical line (pip joins lines ending in `\`), as classified for the merge. */
export type RequirementLine =
  | { kind: 'blank'; raw: string }
  | { kind: 'constraint'; raw: string; value: string }
  | { kind: 'requirement'; raw: string; name: string; pinned: boolean }
  | { kind: 'other'; raw: string; text: string };

/** PEP 503: runs of `-`, `_`, `.` are one `-`, case does not matter. */
export function normalizeName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** pip's comment rule: `#` at the start of a line or after whitespace. */
function stripComment(text: string): string {
  return text.replace(/(^|\s)#.*$/, '').trim();
}

/** Splits an option line like Python's shlex (quotes removed, `\` escapes outside single quotes). */
export function shellSplit(text: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] ?? '';
    if (quote === "'") {
      if (c === "'") quote = null;
      else word = (word ?? '') + c;
    } else if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\'))
        word = (word ?? '') + (text[++i] ?? '');
      else word = (word ?? '') + c;
    } else if (c === '"' || c === "'") {
      quote = c;
      word ??= '';
    } else if (c === '\\' && i + 1 < text.length) {
      word = (word ?? '') + (text[++i] ?? '');
    } else if (/\s/.test(c)) {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

/** The value of `-c X`, `-cX`, `--constraint X`, `--constraint=X`; null for any other option. */
function constraintValue(words: readonly string[]): string | null {
  const [first = '', second] = words;
  if (first === '-c' || first === '--constraint') return second ?? '';
  if (first.startsWith('--constraint=')) return first.slice('--constraint='.length);
  if (first.startsWith('-c') && !first.startsWith('--')) return first.slice(2);
  return null;
}

/** `#egg=name` of a URL or path requirement (`-e git+https://...#egg=pkg`). */
function eggName(text: string): string | null {
  return /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(text)?.[1] ?? null;
}

/** A PEP 508 name at the start, followed by what may follow a name (not `/` or `:` of a path or URL). */
const NAME_AT_START = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)(?=$|[\s[(;@<>=!~,])/;
const ARCHIVE = /\.(whl|zip|tar\.gz|tgz|tar\.bz2)$/i;

function classify(raw: string, joined: string): RequirementLine {
  const text = stripComment(joined);
  if (text === '') return { kind: 'blank', raw };
  if (text.startsWith('-')) {
    const words = shellSplit(text);
    const value = constraintValue(words);
    if (value !== null) return { kind: 'constraint', raw, value };
    const editable = words[0] === '-e' || words[0] === '--editable' ? eggName(text) : null;
    if (editable) return { kind: 'requirement', raw, name: normalizeName(editable), pinned: false };
    return { kind: 'other', raw, text };
  }
  const name = NAME_AT_START.exec(text)?.[1];
  if (name && !ARCHIVE.test(name)) {
    const spec = text.slice(name.length).split(';')[0] ?? '';
    return { kind: 'requirement', raw, name: normalizeName(name), pinned: /[<>=!~@]/.test(spec) };
  }
  const egg = eggName(text);
  if (egg) return { kind: 'requirement', raw, name: normalizeName(egg), pinned: true };
  return { kind: 'other', raw, text };
}

/** The file's logical lines; `raw` keeps the physical lines (joined by `\n`) for messages and copies. */
export function parseRequirements(text: string): RequirementLine[] {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  if (physical.at(-1) === '') physical.pop();
  const lines: RequirementLine[] = [];
  let pending: string[] = [];
  for (const line of physical) {
    pending.push(line);
    if (line.endsWith('\\')) continue;
    const joined = pending.map((p, i) => (i < pending.length - 1 ? p.slice(0, -1) : p)).join('');
    lines.push(classify(pending.join('\n'), joined));
    pending = [];
  }
  if (pending.length > 0) lines.push(classify(pending.join('\n'), pending.join('').slice(0, -1)));
  return lines;
}

/** `constraints-3.0.6/constraints-3.12.txt` (Airflow's URL) or `constraints-3.0.6.txt` (a bundled copy). */
function airflowConstraints(value: string): { version: string; python: string | null } | null {
  const url = /constraints-(\d+(?:\.\d+)*)\/constraints-(\d+\.\d+)\.txt$/.exec(value);
  if (url) return { version: url[1] ?? '', python: url[2] ?? null };
  const local = /constraints-(\d+(?:\.\d+)*)\.txt$/.exec(value);
  return local ? { version: local[1] ?? '', python: null } : null;
}

/**
 * Two constraint values mean the same constraints: the same text, or
 * Airflow's constraints of one version (the URL and the copy that
 * `export --bundle-constraints` puts in `dags/` are the same file).
 */
export function sameConstraints(a: string, b: string): boolean {
  if (a === b) return true;
  const x = airflowConstraints(a);
  const y = airflowConstraints(b);
  if (!x || !y || x.version !== y.version) return false;
  return x.python === null || y.python === null || x.python === y.python;
}

export type MergeOutcome =
  | {
      ok: true;
      /** The merged file; the current text, byte for byte, when nothing was missing. */
      text: string;
      changed: boolean;
      /** Lines the merge added (the constraint line first), as written in the bundle. */
      added: string[];
      /** Things the user should know (an old-format bundle), never a reason to refuse. */
      notes: string[];
    }
  | { ok: false; problem: string; currentLine: string; bundleLine: string };

function refusal(problem: string, currentLine: string, bundleLine: string): MergeOutcome {
  return { ok: false, problem, currentLine, bundleLine };
}

const constraintsOf = (lines: readonly RequirementLine[]) =>
  lines.filter(
    (l): l is Extract<RequirementLine, { kind: 'constraint' }> => l.kind === 'constraint',
  );

/** The lines of the bundle the current file lacks, in the bundle's order, each name once. */
function missingLines(current: readonly RequirementLine[], bundle: readonly RequirementLine[]) {
  const names = new Set(current.flatMap((l) => (l.kind === 'requirement' ? [l.name] : [])));
  const others = new Set(current.flatMap((l) => (l.kind === 'other' ? [l.text] : [])));
  const missing: string[] = [];
  for (const line of bundle) {
    if (line.kind === 'requirement' && !names.has(line.name)) {
      names.add(line.name);
      missing.push(line.raw);
    } else if (line.kind === 'other' && !others.has(line.text)) {
      others.add(line.text);
      missing.push(line.raw);
    }
  }
  return missing;
}

/**
 * Old-format bundles (before section 5) have pinned lines and no
 * `--constraint` line. Merged as written; worth a note only when a pin is
 * added to a file that installs under constraints, which the pin may contradict.
 */
function oldFormatNotes(
  bundle: readonly RequirementLine[],
  current: readonly RequirementLine[],
  missing: readonly string[],
): string[] {
  const added = new Set(missing);
  const pinnedAdded = bundle.some((l) => l.kind === 'requirement' && l.pinned && added.has(l.raw));
  if (constraintsOf(bundle).length > 0 || constraintsOf(current).length === 0 || !pinnedAdded) {
    return [];
  }
  return [
    "the bundle's requirements.txt has pinned lines and no --constraint line (an older export); " +
      "its pins were added as written under the environment's constraints, which they may contradict: " +
      're-export the design',
  ];
}

/**
 * Merges `bundleText` into `currentText` (null: the bucket has no file yet,
 * so the merged file is the bundle's). Refuses, changing nothing, when the
 * two name different constraints.
 */
export function mergeRequirements(currentText: string | null, bundleText: string): MergeOutcome {
  const bundle = parseRequirements(bundleText);
  if (currentText === null) {
    const added = bundle.filter((l) => l.kind !== 'blank').map((l) => l.raw);
    return { ok: true, text: bundleText, changed: true, added, notes: [] };
  }
  const current = parseRequirements(currentText);
  const ours = constraintsOf(bundle)[0];
  const theirs = constraintsOf(current);
  const [first] = theirs;
  const disagreeing = theirs.find((l) => first && !sameConstraints(l.value, first.value));
  if (first && disagreeing) {
    return refusal(
      'the current requirements.txt names two different constraints files',
      first.raw,
      disagreeing.raw,
    );
  }
  if (ours && first && !sameConstraints(first.value, ours.value)) {
    return refusal(
      'the current requirements.txt installs under other constraints than this bundle',
      first.raw,
      ours.raw,
    );
  }
  const missing = missingLines(current, bundle);
  const notes = oldFormatNotes(bundle, current, missing);
  const head = ours && !first ? ours.raw : null;
  if (head === null && missing.length === 0) {
    return { ok: true, text: currentText, changed: false, added: [], notes };
  }
  const bom = currentText.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = currentText.slice(bom.length);
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const endsLine = body === '' || /[\r\n]$/.test(body);
  const bodyLines = body.split(/\r\n|\n|\r/);
  if (endsLine) bodyLines.pop();
  // An unfinished last line gets its line end; a last line ending in `\` is
  // also closed by an empty line, or pip would join our first line onto it.
  const continued = (bodyLines.at(-1) ?? '').endsWith('\\');
  const gap = `${endsLine ? '' : eol}${continued ? eol : ''}`;
  const fixEol = (raw: string) => raw.split('\n').join(eol);
  const tail = missing.length > 0 ? `${gap}${missing.map(fixEol).join(eol)}${eol}` : '';
  const text = `${bom}${head === null ? '' : fixEol(head) + eol}${body}${tail}`;
  return { ok: true, text, changed: true, added: [...(head ? [head] : []), ...missing], notes };
}
