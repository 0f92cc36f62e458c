/**
 * One control per catalog ArgType. Every control reports `undefined` when
 * cleared, which removes the argument from the design (Airflow's default
 * applies), and keeps half-typed text as a draft with an error.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ArgSpec } from '../../catalog/types.ts';
import type { JsonValue } from '../../design/design.ts';
import { JsonValueSchema } from '../../io/schema-v2.ts';
import { formatDuration, parseDuration } from '../duration.ts';
import { parseNumberDraft } from '../number-draft.ts';
import { CodeEditor } from '../code/CodeEditor.tsx';
import { ChipsInput } from './ChipsInput.tsx';
import { useDraft, type DraftParse } from './use-draft.ts';
import { draftKeyOf, editorStore, useUnparsedDrafts } from '../../store/index.ts';

export interface ArgControlProps {
  spec: Pick<ArgSpec, 'name' | 'type' | 'required' | 'default' | 'choices'>;
  id: string;
  value: JsonValue | undefined;
  onChange: (value: JsonValue | undefined) => void;
  describedBy?: string;
  invalid?: boolean;
  /** Local parse problems (not yet in the design) for the shell to show. */
  onDraftError?: (error: string | null) => void;
  /**
   * The design path of the field: text that does not parse is kept under it
   * (unparsed drafts), so it survives closing the form and blocks the export.
   */
  draftPath?: string;
}

const asText = (value: JsonValue | undefined): string =>
  value === undefined || value === null
    ? ''
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

const emptyToUndefined = (text: string): JsonValue | undefined => (text === '' ? undefined : text);

export function defaultPlaceholder(spec: ArgControlProps['spec']): string | undefined {
  if (spec.default === undefined || spec.default === null) return undefined;
  if (spec.type === 'duration' && typeof spec.default === 'number') {
    return `default: ${formatDuration(spec.default)}`;
  }
  return `default: ${String(spec.default)}`;
}

export function ArgControl(props: ArgControlProps) {
  const { spec, id, value, onChange, describedBy, invalid } = props;
  const common = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    'aria-required': spec.required || undefined,
    placeholder: defaultPlaceholder(spec),
  };
  switch (spec.type) {
    case 'string':
    case 'datetime':
      return (
        <input
          {...common}
          className="input"
          value={asText(value)}
          placeholder={
            common.placeholder ??
            (spec.type === 'datetime' ? 'YYYY-MM-DD or 2026-01-01T03:00:00+00:00' : undefined)
          }
          spellCheck={false}
          onChange={(event) => onChange(emptyToUndefined(event.target.value))}
        />
      );
    case 'text':
      return (
        <textarea
          {...common}
          className="input input--area"
          rows={4}
          value={asText(value)}
          spellCheck={false}
          onChange={(event) => onChange(emptyToUndefined(event.target.value))}
        />
      );
    case 'bash':
      return (
        <CodeEditor
          id={id}
          language="bash"
          value={asText(value)}
          describedBy={describedBy}
          invalid={invalid}
          required={spec.required}
          placeholder={common.placeholder}
          onChange={(text) => onChange(emptyToUndefined(text))}
        />
      );
    case 'boolean':
      return <ChoiceSelect {...props} choices={['true', 'false']} />;
    case 'enum':
      return <ChoiceSelect {...props} choices={spec.choices ?? []} />;
    case 'string_list':
      return (
        <ChipsInput
          id={id}
          label={spec.name}
          values={
            Array.isArray(value)
              ? value.map((item) => asText(item))
              : value === undefined
                ? []
                : [asText(value)]
          }
          describedBy={describedBy}
          invalid={invalid}
          onChange={(values) => onChange(values.length ? values : undefined)}
        />
      );
    case 'integer':
    case 'number':
    case 'duration':
    case 'json':
      return <DraftControl {...props} />;
  }
}

/** Select for booleans and enums, with an explicit "Airflow default" choice meaning "not set". */
function ChoiceSelect(props: ArgControlProps & { choices: readonly string[] }) {
  const { spec, id, value, onChange, choices } = props;
  const current = value === undefined ? '' : asText(value);
  const options = current !== '' && !choices.includes(current) ? [...choices, current] : choices;
  const fallback =
    spec.default === undefined || spec.default === null ? '' : ` (${String(spec.default)})`;
  return (
    <select
      id={id}
      className="input"
      value={current}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid || undefined}
      aria-required={spec.required || undefined}
      onChange={(event) => {
        const text = event.target.value;
        if (text === '') onChange(undefined);
        else if (spec.type === 'boolean' && (text === 'true' || text === 'false'))
          onChange(text === 'true');
        else onChange(text);
      }}
    >
      <option value="">{spec.required ? '— choose —' : `Airflow default${fallback}`}</option>
      {options.map((choice) => (
        <option key={choice} value={choice}>
          {choice}
        </option>
      ))}
    </select>
  );
}

function parserFor(type: 'integer' | 'number' | 'duration' | 'json'): (text: string) => DraftParse {
  switch (type) {
    case 'integer':
    case 'number':
      return (text) => parseNumberDraft(text, type);
    case 'duration':
      return (text) => {
        if (text.trim() === '') return { ok: true, value: undefined };
        const parsed = parseDuration(text);
        return parsed.ok ? { ok: true, value: parsed.seconds } : parsed;
      };
    case 'json':
      return (text) => {
        if (text.trim() === '') return { ok: true, value: undefined };
        try {
          // JSON text is a JsonValue except for out-of-range numbers (`1e999`), which the schema refuses.
          const parsed = JsonValueSchema.safeParse(JSON.parse(text));
          if (!parsed.success)
            return { ok: false, error: 'Not valid JSON: a number is out of range' };
          return { ok: true, value: parsed.data };
        } catch (error) {
          return { ok: false, error: `Not valid JSON: ${(error as Error).message}` };
        }
      };
  }
}

const formatters = {
  integer: asText,
  number: asText,
  json: (value: JsonValue | undefined) =>
    value === undefined
      ? ''
      : typeof value === 'object' && value !== null
        ? JSON.stringify(value, null, 2)
        : asText(value),
  duration: (value: JsonValue | undefined) =>
    typeof value === 'number' ? formatDuration(value) : asText(value),
};

/** Number, duration and JSON inputs: text drafts that commit only complete values. */
function DraftControl(props: ArgControlProps) {
  const { spec, id, value, onChange, onDraftError } = props;
  const type = spec.type as 'integer' | 'number' | 'duration' | 'json';
  const slot = useMemo(
    () => (props.draftPath ? draftKeyOf(editorStore.getState().design, props.draftPath) : null),
    [props.draftPath],
  );
  const [kept] = useState(() =>
    slot ? useUnparsedDrafts.getState().drafts.get(slot.key) : undefined,
  );
  const draft = useDraft(value, formatters[type], parserFor(type), onChange, kept);
  const change = draft.change;
  // The shell shows the draft's problem next to the validation findings.
  useEffect(() => onDraftError?.(draft.error), [draft.error, onDraftError]);
  // Unparsed text outlives this control (and reaches Problems and the export gate).
  useEffect(() => {
    if (!slot) return;
    const drafts = useUnparsedDrafts.getState();
    if (draft.error === null) drafts.drop(slot.key);
    else drafts.keep(slot.key, { ...slot, text: draft.text, error: draft.error });
  }, [slot, draft.text, draft.error]);
  const common = {
    id,
    value: draft.text,
    'aria-describedby': props.describedBy,
    'aria-invalid': props.invalid || draft.error !== null || undefined,
    'aria-required': spec.required || undefined,
    placeholder:
      defaultPlaceholder(spec) ?? (type === 'duration' ? 'e.g. 300 or 1h 30m' : undefined),
    spellCheck: false,
  };
  if (type === 'json') {
    return (
      <textarea
        {...common}
        className="input input--area input--mono"
        rows={3}
        onChange={(event) => change(event.target.value)}
      />
    );
  }
  return (
    <input
      {...common}
      className="input"
      inputMode={type === 'integer' ? 'numeric' : type === 'number' ? 'decimal' : 'text'}
      onChange={(event) => change(event.target.value)}
    />
  );
}
