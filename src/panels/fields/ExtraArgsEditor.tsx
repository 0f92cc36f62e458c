/**
 * Key/value editor for arguments the form has no fixed field for: custom
 * operators' free args, `default_args` beyond the usual three, and args the
 * catalog does not know (kept visible so nothing in the file is hidden).
 * Known names (suggestions) get their typed control; others take JSON.
 */
import type { ArgSpec } from '../../catalog/types.ts';
import type { JsonValue } from '../../design/design.ts';
import type { Finding } from '../../model/findings.ts';
import { childPath } from '../../model/paths.ts';
import { AddNameBox } from './AddNameBox.tsx';
import { ArgField } from './ArgField.tsx';
import { formSpec } from './form-spec.ts';

export interface ExtraArgsEditorProps {
  /** What a row is called: `argument` gives "New argument name" / "Add argument". */
  noun: string;
  /** Path of the object holding the entries, e.g. `tasks[2].args` or `dag.default_args`. */
  basePath: string;
  entries: Readonly<Record<string, JsonValue>>;
  /** Names shown in this editor (others are rendered elsewhere). */
  keys: readonly string[];
  suggestions: readonly ArgSpec[];
  findings: readonly Finding[];
  onSet: (key: string, value: JsonValue | undefined) => void;
}

const jsonSpec = (name: string): ArgSpec =>
  formSpec(name, 'json', 'Any JSON value: "text", 42, true, [..] or {..}.');

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function ExtraArgsEditor(props: ExtraArgsEditorProps) {
  const { basePath, entries, keys, suggestions, findings, onSet } = props;
  const unused = suggestions.filter((s) => !(s.name in entries));

  const check = (key: string): string | null => {
    if (!NAME.test(key)) return 'Use a Python keyword name: letters, digits and _';
    if (key in entries) return `"${key}" is already set`;
    return null;
  };
  const add = (key: string) => {
    const spec = suggestions.find((s) => s.name === key);
    // A typed starting value so the row appears; its field then edits it.
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
      <AddNameBox
        noun={props.noun}
        placeholder={unused.length ? `e.g. ${unused[0]?.name}` : 'argument_name'}
        check={check}
        onAdd={add}
        suggestions={unused.map((s) => ({ name: s.name, hint: s.help }))}
      />
    </div>
  );
}
