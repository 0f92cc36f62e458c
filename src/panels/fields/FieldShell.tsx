/**
 * The frame around every form control: label (the Airflow name, so tests and
 * users find `bash_command` by its real name), required mark, Jinja badge,
 * help and errors wired with aria-describedby.
 */
import type { ReactNode } from 'react';
import type { Finding } from '../../model/findings.ts';

export interface FieldShellProps {
  id: string;
  label: string;
  required?: boolean;
  templated?: boolean;
  help?: string;
  /** Findings from validation about this field. */
  findings?: readonly Finding[];
  /** A local problem with what is being typed (not yet in the design). */
  draftError?: string | null;
  /** Extra line under the control (e.g. `= 1h 30m`). */
  hint?: ReactNode;
  children: ReactNode;
}

export const helpId = (id: string) => `${id}-help`;
/** The label's own id: a code editor (not a form control) is named by aria-labelledby. */
export const labelId = (id: string) => `${id}-label`;
export const errorsId = (id: string) => `${id}-errors`;

/** The ids a control should list in aria-describedby. */
export function describedBy(id: string, help: boolean, errors: boolean): string | undefined {
  const ids = [help ? helpId(id) : '', errors ? errorsId(id) : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldShell(props: FieldShellProps) {
  const { id, label, findings = [], draftError } = props;
  const invalid = Boolean(draftError) || findings.some((f) => f.severity === 'error');
  const hasMessages = Boolean(draftError) || findings.length > 0;
  const labelContent = (
    <>
      {/* The required star is drawn by CSS with empty alt text, so the label's
          accessible name is exactly the argument name (`bash_command`). */}
      <span className={`field__name${props.required ? ' field__name--required' : ''}`}>
        {label}
      </span>
    </>
  );
  return (
    <div className={`field${invalid ? ' field--invalid' : ''}`}>
      <div className="field__label-row">
        <label className="field__label" htmlFor={id} id={labelId(id)}>
          {labelContent}
        </label>
        {props.templated && (
          <span className="badge badge--jinja" title="Airflow renders {{ }} here">
            Jinja
          </span>
        )}
      </div>
      {props.children}
      {props.hint && <div className="field__hint">{props.hint}</div>}
      {(props.help || props.templated) && (
        <p className="field__help" id={helpId(id)}>
          {props.help}
          {props.templated && (
            <span className="sr-only"> Templated: Airflow renders {'{{ }}'} here.</span>
          )}
        </p>
      )}
      {hasMessages && <FieldMessages id={id} findings={findings} draftError={draftError} />}
    </div>
  );
}

/** A field's messages (its draft error, then its findings), the list `describedBy` points at. */
export function FieldMessages({
  id,
  findings,
  draftError = null,
}: {
  id: string;
  findings: readonly Finding[];
  draftError?: string | null;
}) {
  return (
    <ul className="field__errors" id={errorsId(id)}>
      {draftError && <li className="field__error">{draftError}</li>}
      {findings.map((finding, index) => (
        <li
          key={`${finding.code}-${index}`}
          className={finding.severity === 'error' ? 'field__error' : 'field__warning'}
        >
          {finding.message}
        </li>
      ))}
    </ul>
  );
}
