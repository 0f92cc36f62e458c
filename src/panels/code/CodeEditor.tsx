/**
 * A plain <textarea> laid exactly over a highlighted <pre>: the browser does
 * the editing (undo, selection, IME, screen readers), the tokenizer only
 * paints. No editor dependency; good enough for a callable or a bash command.
 */
import { useMemo, useRef, type KeyboardEvent } from 'react';
import { tokenize, type HighlightLanguage } from '../highlight-tokens.ts';
import { TokenSpans } from './TokenSpans.tsx';

export interface CodeEditorProps {
  id: string;
  value: string;
  language: HighlightLanguage;
  onChange: (value: string) => void;
  placeholder?: string;
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
  onFocus?: () => void;
  onBlur?: () => void;
}

const INDENT = '    ';

/** How a keyboard user leaves the editor; fields using it show this in their help. */
export const CODE_EDITOR_KEYS = 'Tab indents; Esc then Tab leaves.';

export function CodeEditor(props: CodeEditorProps) {
  const { id, value, language, onChange } = props;
  const tokens = useMemo(() => tokenize(value, language), [value, language]);
  // After Escape, the next Tab leaves the editor instead of indenting (no keyboard trap).
  const tabLeaves = useRef(false);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      tabLeaves.current = true;
      return;
    }
    if (
      event.key !== 'Tab' ||
      event.shiftKey ||
      tabLeaves.current ||
      event.ctrlKey ||
      event.metaKey
    ) {
      tabLeaves.current = false;
      return;
    }
    event.preventDefault();
    const area = event.currentTarget;
    const { selectionStart, selectionEnd } = area;
    // setRangeText keeps the browser's own undo stack working.
    area.setRangeText(INDENT, selectionStart, selectionEnd, 'end');
    onChange(area.value);
  };

  return (
    <div className="code-editor">
      <pre className="code-editor__paint" aria-hidden="true">
        <TokenSpans tokens={tokens} />
        {/* A trailing newline needs a character after it to take up a line. */}
        {'\n '}
      </pre>
      <textarea
        id={id}
        className="code-editor__input"
        value={value}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        placeholder={props.placeholder}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
        aria-required={props.required || undefined}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={props.onFocus}
        onBlur={props.onBlur}
      />
    </div>
  );
}
