/**
 * The "Code" panel: the exported DAG file for the chosen target, re-rendered
 * when edits pause, highlighted, with the selected task's lines marked.
 * Rendering is the exporter's job (renderDagFile); this only displays it.
 */
import { useMemo, useState } from 'react';
import { exportBundle, renderDagFile } from '../export/index.ts';
import type { AirflowTarget, Design } from '../design/design.ts';
import { parseTarget } from '../design/targets.ts';
import { TargetOptions } from './TargetOptions.tsx';
import { useEditor, useFindings } from '../store/index.ts';
import { CodeLines } from './code/CodeLines.tsx';
import { exportBlockReason } from './findings-summary.ts';
import { useDebounced } from './use-debounced.ts';

const RENDER_DELAY_MS = 250;

type Rendered =
  | { ok: true; code: string; taskLines: Record<string, [number, number]> }
  | { ok: false; error: string };

function render(design: Design, target: AirflowTarget): Rendered {
  try {
    return { ok: true, ...renderDagFile(design, target) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** requirements.txt as the bundle would hold it ('' when the DAG needs no provider). */
function requirementsFor(design: Design, target: AirflowTarget): string {
  try {
    return (
      exportBundle(design, { target }).find((f) => f.path === 'requirements.txt')?.content ?? ''
    );
  } catch (error) {
    return `# ${error instanceof Error ? error.message : String(error)}`;
  }
}

export function CodeView() {
  const liveDesign = useEditor((s) => s.design);
  const codeTarget = useEditor((s) => s.codeTarget);
  const setCodeTarget = useEditor((s) => s.setCodeTarget);
  const showNotice = useEditor((s) => s.showNotice);
  const selected = useEditor((s) => s.selectedTaskIds);
  const findings = useFindings();
  const design = useDebounced(liveDesign, RENDER_DELAY_MS);
  const target = codeTarget ?? design.target.airflow;
  const [requirementsOpen, setRequirementsOpen] = useState(false);

  const rendered = useMemo(() => render(design, target), [design, target]);
  const requirements = useMemo(
    () => (requirementsOpen ? requirementsFor(design, target) : ''),
    [design, target, requirementsOpen],
  );
  const blocked = exportBlockReason(findings);
  const mark =
    rendered.ok && selected.length === 1
      ? (rendered.taskLines[selected[0] as string] ?? null)
      : null;
  const fileName = `dags/${design.dag.dag_id || '<dag_id>'}.py`;

  const copy = async () => {
    if (!rendered.ok) return;
    try {
      await navigator.clipboard.writeText(rendered.code);
      showNotice('success', `Copied ${fileName} to the clipboard`);
    } catch {
      showNotice(
        'error',
        'The browser refused clipboard access: select the code and copy it by hand',
      );
    }
  };

  return (
    <section className="panel code-view" aria-labelledby="code-panel-heading">
      <div className="code-view__bar">
        <h2 className="panel__title" id="code-panel-heading">
          Code
        </h2>
        <code className="code-view__file">{fileName}</code>
        <label className="sr-only" htmlFor="code-view-target">
          Code target
        </label>
        <select
          id="code-view-target"
          className="input input--narrow"
          value={target}
          onChange={(event) => {
            const next = parseTarget(event.target.value) ?? null;
            setCodeTarget(next === liveDesign.target.airflow ? null : next);
          }}
        >
          <TargetOptions note={(t) => (t === liveDesign.target.airflow ? ' (design)' : '')} />
        </select>
        <button
          type="button"
          className="button"
          onClick={copy}
          disabled={!rendered.ok}
          aria-label="Copy code"
          title={`Copy ${fileName}`}
        >
          Copy
        </button>
      </div>
      {blocked && (
        <p className="callout callout--error" role="status">
          {blocked}. The code below may not run as is.
        </p>
      )}
      {rendered.ok ? (
        <CodeLines code={rendered.code} label={`Exported Python ${fileName}`} mark={mark} />
      ) : (
        <p className="callout callout--error" role="alert">
          Cannot render the DAG file for Airflow {target}: {rendered.error}
        </p>
      )}
      <details
        className="more code-view__requirements"
        onToggle={(event) => setRequirementsOpen(event.currentTarget.open)}
      >
        <summary>requirements.txt</summary>
        {requirementsOpen &&
          (requirements === null ? (
            <p className="muted">Available once the DAG file renders.</p>
          ) : requirements === '' ? (
            <p className="muted">
              No provider packages needed: requirements.txt is left out of the bundle.
            </p>
          ) : (
            <pre className="code-view__requirements-text">{requirements}</pre>
          ))}
      </details>
    </section>
  );
}
