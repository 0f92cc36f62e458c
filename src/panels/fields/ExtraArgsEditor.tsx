/**
 * Key/value editor for arguments the form has no fixed field for: custom
 * operators' free args, `default_args` beyond the usual three, and args the
 * catalog does not know (kept visible so nothing in the file is hidden).
 * Known names (suggestions) get their typed control; others take JSON.
 */
import { useId, useState } from 'react';
import type { ArgSpec } from '../../catalog/types.ts';
import type { JsonValue } from '../../model/design.ts';
import type { Finding } from '../../model/findings.ts';
import { childPath } from '../../model/paths.ts';
import { ArgField } from './ArgField.tsx';

export interface ExtraArgsEditorProps {
  /** Visible heading text and accessible name of the add box. */
  title: string;
  /** Path of the object holding the entries, e.g. `tasks[2].args` or `dag.default_args`. */
  basePath: string;
  entries: Readonly<Record<string, JsonValue>>;
  /** Names shown in this editor (others are rendered elsewhere). */
  keys: readonly string[];
  suggestions: readonly ArgSpec[];
  findings: readonly Finding[];
  onSet: (key: string, value: JsonValue | undefined) => void;
}

const jsonSpec = (name: string): ArgSpec => ({
  name,
  type: 'json',
  required: false,
  templated: false,
  help: 'Any JSON value: "text", 42, true, [..] or {..}.',
});

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function ExtraArgsEditor(props: ExtraArgsEditorProps) {
  const { basePath, entries, keys, suggestions, findings, onSet } = props;
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const listId = useId();
  const inputId = useId();
  const unused = suggestions.filter((s) => !(s.name in entries));

  const add = () => {
    const key = name.trim();
    if (!NAME.test(key)) {
      setError('Use a Python keyword name: letters, digits and _');
      return;
    }
    if (key in entries) {
      setError(`"${key}" is already set`);
      return;
    }
    const spec = suggestions.find((s) => s.name === key);
    // A typed placeholder value so the row appears; the field then edits it.
    const initial: JsonValue =
      spec?.default !== undefined && spec.default !== null
        ? spec.default
        : spec?.type === 'boolean'
          ? false
          : spec && ['integer', 'number', 'duration'].includes(spec.type)
            ? 0
            : spec?.type === 'string_list'
              ? []
              : '';
    onSet(key, initial);
    setName('');
    setError(null);
  };

  return (
    <div className="extra-args">
      {keys.map((key) => {
        const spec = suggestions.find((s) => s.name === key) ?? jsonSpec(key);
        return (
          <div className="extra-args__row" key={key}>
            <ArgField
              spec={spec}
              path={childPath(basePath, key)}
              value={entries[key]}
              findings={findings}
              onChange={(value) => onSet(key, value)}
            />
            <button
              type="button"
              className="button button--quiet extra-args__remove"
              aria-label={`Remove ${key}`}
              onClick={() => onSet(key, undefined)}
            >
              Remove
            </button>
          </div>
        );
      })}
      <div className="extra-args__add">
        <label htmlFor={inputId} className="field__label">
          {props.title}
        </label>
        <div className="inline">
          <input
            id={inputId}
            className="input"
            list={listId}
            value={name}
            placeholder={unused.length ? `e.g. ${unused[0]?.name}` : 'argument_name'}
            aria-invalid={error !== null || undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
            onChange={(event) => {
              setName(event.target.value);
              setError(null);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
          <datalist id={listId}>
            {unused.map((s) => (
              <option key={s.name} value={s.name}>
                {s.help}
              </option>
            ))}
          </datalist>
          <button type="button" className="button" onClick={add}>
            Add
          </button>
        </div>
        {error && (
          <p className="field__error" id={`${inputId}-error`}>
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
