/**
 * A list of short strings as removable chips (tags, string_list arguments).
 * Enter or comma adds the typed text; Backspace in an empty box removes the last chip.
 */
import { useState, type KeyboardEvent } from 'react';

export interface ChipsInputProps {
  id: string;
  label: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  placeholder?: string;
  describedBy?: string;
  invalid?: boolean;
}

export function ChipsInput({
  id,
  label,
  values,
  onChange,
  placeholder,
  describedBy,
  invalid,
}: ChipsInputProps) {
  const [text, setText] = useState('');

  const add = () => {
    const fresh = text
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '' && !values.includes(part));
    setText('');
    if (fresh.length > 0) onChange([...values, ...new Set(fresh)]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && text === '' && values.length > 0) {
      onChange(values.slice(0, -1));
    }
  };

  return (
    <div className={`chips${invalid ? ' chips--invalid' : ''}`}>
      <ul className="chips__list" aria-label={`${label} values`}>
        {values.map((value, index) => (
          <li key={`${value}-${index}`} className="chip">
            <span>{value}</span>
            <button
              type="button"
              className="chip__remove"
              aria-label={`Remove ${value}`}
              onClick={() => onChange(values.filter((_, i) => i !== index))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={id}
        className="input chips__input"
        value={text}
        placeholder={placeholder ?? 'Type and press Enter'}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={add}
      />
    </div>
  );
}
