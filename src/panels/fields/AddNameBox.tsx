/**
 * "Add <something> by name": a labelled box + Add button (Enter works too)
 * that checks the name first and shows why it was refused.
 */
import { useId, useState } from 'react';

export interface AddNameBoxProps {
  /** What is added: `param` gives the box "New param name" and the button "Add param". */
  noun: string;
  placeholder: string;
  /** Why `name` cannot be added, or null to add it. */
  check: (name: string) => string | null;
  onAdd: (name: string) => void;
  /** Names offered while typing (a <datalist>), with a hint each. */
  suggestions?: readonly { name: string; hint: string }[];
}

export function AddNameBox({ noun, placeholder, check, onAdd, suggestions = [] }: AddNameBoxProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const listId = useId();

  const add = () => {
    const key = name.trim();
    const problem = check(key);
    setError(problem);
    if (problem) return;
    onAdd(key);
    setName('');
  };

  return (
    <div className="extra-args__add">
      <label htmlFor={inputId} className="field__label">
        New {noun} name
      </label>
      <div className="inline">
        <input
          id={inputId}
          className="input"
          list={suggestions.length ? listId : undefined}
          value={name}
          placeholder={placeholder}
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
        {suggestions.length > 0 && (
          <datalist id={listId}>
            {suggestions.map((s) => (
              <option key={s.name} value={s.name}>
                {s.hint}
              </option>
            ))}
          </datalist>
        )}
        <button type="button" className="button" onClick={add}>
          Add {noun}
        </button>
      </div>
      {error && (
        <p className="field__error" id={`${inputId}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
