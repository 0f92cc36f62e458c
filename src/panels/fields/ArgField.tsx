/** A labelled, validated form field for one argument (catalog ArgSpec). */
import { memo, useState } from 'react';
import type { ArgSpec } from '../../catalog/types.ts';
import type { JsonValue } from '../../design/design.ts';
import type { Finding } from '../../model/findings.ts';
import { fieldDomId } from '../finding-path.ts';
import { findingsAt } from '../findings-summary.ts';
import { isDraftFinding } from '../../store/index.ts';
import { CODE_EDITOR_KEYS } from '../code/CodeEditor.tsx';
import { ArgControl } from './ArgControl.tsx';
import { describedBy, FieldShell } from './FieldShell.tsx';

export interface ArgFieldProps {
  spec: Pick<ArgSpec, 'name' | 'type' | 'required' | 'default' | 'choices' | 'help' | 'templated'>;
  /** The design path this field edits, e.g. `tasks[2].args.bash_command`: its DOM id and findings. */
  path: string;
  value: JsonValue | undefined;
  /**
   * Receives the new value and the argument name. Pass a stable function
   * (e.g. `(value, name) => setArg(name, value)` from useCallback) and the
   * field skips re-rendering while other fields are edited.
   */
  onChange: (value: JsonValue | undefined, name: string) => void;
  /** All current findings; the field picks its own by path. */
  findings: readonly Finding[];
  /** Visible label; defaults to the argument name. */
  label?: string;
  help?: string;
}

function ArgFieldView({ spec, path, value, onChange, findings, label, help }: ArgFieldProps) {
  const [draftError, setDraftError] = useState<string | null>(null);
  const id = fieldDomId(path);
  // The field shows its own unparsed text's error (draftError); Problems lists it too.
  const mine = findingsAt(findings, path).filter((f) => !isDraftFinding(f));
  // A code editor keeps Tab for indenting: say how to leave it (no silent keyboard trap).
  const helpText =
    spec.type === 'bash'
      ? [help ?? spec.help, CODE_EDITOR_KEYS].filter(Boolean).join(' ')
      : (help ?? spec.help);
  const invalid = draftError !== null || mine.some((f) => f.severity === 'error');
  const hint =
    spec.type === 'duration' && typeof value === 'number' && draftError === null
      ? `${value.toLocaleString('en-US')} seconds`
      : undefined;
  return (
    <FieldShell
      id={id}
      label={label ?? spec.name}
      required={spec.required}
      templated={spec.templated}
      help={helpText}
      findings={mine}
      draftError={draftError}
      hint={hint}
    >
      <ArgControl
        spec={spec}
        id={id}
        value={value}
        onChange={(next) => onChange(next, spec.name)}
        invalid={invalid}
        describedBy={describedBy(
          id,
          Boolean(helpText) || spec.templated,
          draftError !== null || mine.length > 0,
        )}
        onDraftError={setDraftError}
        draftPath={path}
      />
    </FieldShell>
  );
}

const sameFindings = (a: readonly Finding[], b: readonly Finding[]): boolean =>
  a.length === b.length &&
  a.every((f, i) => {
    const g = b[i] as Finding;
    return (
      f.severity === g.severity && f.code === g.code && f.path === g.path && f.message === g.message
    );
  });

/**
 * Forms hold dozens of fields and every keystroke makes a new design and new
 * findings; a field re-renders only when its own value, spec, handler or
 * findings changed, so typing stays smooth.
 */
export const ArgField = memo(
  ArgFieldView,
  (prev, next) =>
    prev.spec === next.spec &&
    prev.path === next.path &&
    prev.value === next.value &&
    prev.onChange === next.onChange &&
    prev.label === next.label &&
    prev.help === next.help &&
    (prev.findings === next.findings ||
      sameFindings(findingsAt(prev.findings, prev.path), findingsAt(next.findings, next.path))),
);
