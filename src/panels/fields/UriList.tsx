/**
 * A text box of asset URIs, one a line (task outlets/inlets, an asset
 * schedule). The text typed is kept as a draft so Enter at the end of a line
 * starts a new one (the design's list has no blank entries, so rebuilding
 * the text from it on every keystroke would swallow the new line); an
 * outside change (undo, another panel) replaces the draft.
 */
import { useState } from 'react';

/** The text box's lines as URIs: surrounding spaces and blank lines carry no meaning. */
export const urisOf = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export interface UriListProps {
  id: string;
  uris: readonly string[];
  onChange: (uris: string[]) => void;
  describedBy?: string;
  invalid?: boolean;
  placeholder?: string;
}

export function UriList({ id, uris, onChange, describedBy, invalid, placeholder }: UriListProps) {
  const [draft, setDraft] = useState(() => ({ text: uris.join('\n'), source: uris }));
  // Derived-state reset during render (React's documented pattern): the list changed elsewhere.
  if (!sameList(draft.source, uris) && !sameList(urisOf(draft.text), uris)) {
    setDraft({ text: uris.join('\n'), source: uris });
  }
  return (
    <textarea
      id={id}
      className="input input--mono"
      rows={Math.max(2, uris.length + 1)}
      value={draft.text}
      spellCheck={false}
      placeholder={placeholder}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(e) => {
        const text = e.target.value;
        const next = urisOf(text);
        setDraft({ text, source: next });
        if (!sameList(next, uris)) onChange(next);
      }}
    />
  );
}
