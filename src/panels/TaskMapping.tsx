/**
 * Dynamic task mapping (contract section 5): one argument of the task
 * expanded over a literal list or over an upstream task's output, exported as
 * `Op.partial(...).expand(arg=...)`; and `estimated_map_count`, how many
 * instances the forecast assumes. A list typed as JSON is parsed on leaving
 * the box; text that is not a JSON list stays in the box with its error
 * (nothing typed is dropped) and is not written to the design.
 */
import { useState } from 'react';
import type { Design, JsonValue, Task } from '../design/design.ts';
import type { MapSource } from '../design/mapping-alerts.ts';
import type { DesignChange } from '../model/changes.ts';
import type { Finding } from '../model/findings.ts';
import { fieldDomId, pathIsWithin } from './finding-path.ts';
import { findingsAt } from './findings-summary.ts';
import { describedBy, FieldShell } from './fields/FieldShell.tsx';
import { parseNumberDraft } from './number-draft.ts';

export interface TaskMappingProps {
  design: Design;
  task: Task;
  taskIndex: number;
  /** The operator's own arguments: what may be expanded. */
  argNames: readonly string[];
  findings: readonly Finding[];
  apply: (change: DesignChange) => void;
}

/** A JSON list typed by the user, or why it is not one. */
export function parseListDraft(
  text: string,
): { ok: true; list: JsonValue[] } | { ok: false; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `not JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!Array.isArray(value)) return { ok: false, error: 'expected a JSON list, e.g. [1, 2, 3]' };
  // JSON.parse yields JSON values only: a list of them is a JsonValue[].
  return { ok: true, list: value.map((v: JsonValue) => v) };
}

export function TaskMapping({
  design,
  task,
  taskIndex,
  argNames,
  findings,
  apply,
}: TaskMappingProps) {
  const base = `tasks[${taskIndex}]`;
  const taskId = task.task_id;
  const [arg, source] = Object.entries(task.expand ?? {})[0] ?? [null, null];
  const upstream = design.edges.filter((e) => e.to === taskId).map((e) => e.from);
  const argId = fieldDomId(`${base}.expand`);
  const mine = findings.filter((f) => pathIsWithin(f.path, `${base}.expand`));
  const setExpand = (next: Record<string, MapSource> | undefined) =>
    apply({ type: 'setTaskField', taskId, field: 'expand', value: next });
  const fromOutput = source !== null && !Array.isArray(source);
  const [draft, setDraft] = useState<{ text: string; error: string | null } | null>(null);
  const listText = draft?.text ?? (Array.isArray(source) ? JSON.stringify(source) : '[]');
  const countPath = `${base}.estimated_map_count`;
  const countId = fieldDomId(countPath);
  const countFindings = findingsAt(findings, countPath);
  const [countDraft, setCountDraft] = useState<{ text: string; error: string | null } | null>(null);

  return (
    <section className="form-section" aria-labelledby={`${argId}-heading`}>
      <h3 className="form-section__title" id={`${argId}-heading`}>
        Mapping
      </h3>
      <FieldShell
        id={argId}
        label="expand"
        help="Run one task instance per item: the expanded argument takes each item in turn (.partial(...).expand(...))."
        findings={mine}
        draftError={draft?.error ?? null}
      >
        <select
          id={argId}
          className="input"
          value={arg ?? ''}
          aria-describedby={describedBy(argId, true, mine.length > 0 || !!draft?.error)}
          onChange={(e) => {
            setDraft(null);
            const name = e.target.value;
            setExpand(name === '' ? undefined : { [name]: source ?? [] });
          }}
        >
          <option value="">(not mapped)</option>
          {argNames.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        {arg !== null && (
          <div className="inline">
            <label className="inline" htmlFor={`${argId}-source`}>
              <span>over</span>
              <select
                id={`${argId}-source`}
                className="input input--narrow"
                value={fromOutput ? `output:${source.output_of}` : 'list'}
                onChange={(e) => {
                  setDraft(null);
                  const v = e.target.value;
                  setExpand({
                    [arg]: v === 'list' ? [] : { output_of: v.slice('output:'.length) },
                  });
                }}
              >
                <option value="list">a list</option>
                {upstream.map((id) => (
                  <option key={id} value={`output:${id}`}>
                    {`the output of ${id}`}
                  </option>
                ))}
              </select>
            </label>
          </div>
        )}
        {arg !== null && !fromOutput && (
          <textarea
            aria-label={`Items of ${arg} (JSON list)`}
            className="input input--mono"
            rows={2}
            value={listText}
            spellCheck={false}
            onChange={(e) => setDraft({ text: e.target.value, error: null })}
            onBlur={() => {
              if (!draft) return;
              const parsed = parseListDraft(draft.text);
              if (!parsed.ok) setDraft({ ...draft, error: parsed.error });
              else {
                setDraft(null);
                setExpand({ [arg]: parsed.list });
              }
            }}
          />
        )}
      </FieldShell>
      {arg !== null && (
        <FieldShell
          id={countId}
          label="estimated_map_count"
          help="How many instances the forecast assumes (design only, not exported)."
          findings={countFindings}
          draftError={countDraft?.error ?? null}
        >
          <input
            id={countId}
            className="input input--narrow"
            inputMode="numeric"
            value={countDraft?.text ?? String(task.estimated_map_count ?? '')}
            aria-describedby={describedBy(
              countId,
              true,
              countFindings.length > 0 || !!countDraft?.error,
            )}
            onChange={(e) => {
              const text = e.target.value;
              const parsed = parseNumberDraft(text, 'integer');
              // What is not a whole number yet stays in the box with its reason.
              setCountDraft(parsed.ok ? null : { text, error: parsed.error });
              if (parsed.ok) {
                apply({
                  type: 'setTaskField',
                  taskId,
                  field: 'estimated_map_count',
                  value: parsed.value,
                });
              }
            }}
          />
        </FieldShell>
      )}
    </section>
  );
}
