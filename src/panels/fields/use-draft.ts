/**
 * Controlled inputs whose text can be "not yet a value" (`-`, `1e`, `{"a":`):
 * the text the user typed is kept as a draft, the design only receives
 * complete values, and an outside change (undo, another panel) replaces the
 * draft. Nothing typed is ever lost to a re-render.
 */
import { useState } from 'react';
import type { JsonValue } from '../../design/design.ts';

export type DraftParse = { ok: true; value: JsonValue | undefined } | { ok: false; error: string };

export interface Draft {
  text: string;
  error: string | null;
  /** Update the text; commits the parsed value when it is complete. */
  change: (text: string) => void;
}

const same = (a: JsonValue | undefined, b: JsonValue | undefined): boolean =>
  a === b || JSON.stringify(a) === JSON.stringify(b);

export function useDraft(
  value: JsonValue | undefined,
  format: (value: JsonValue | undefined) => string,
  parse: (text: string) => DraftParse,
  commit: (value: JsonValue | undefined) => void,
  /** Unparsed text kept from an earlier visit to this field (shown instead of `value`). */
  kept?: { text: string; error: string },
): Draft {
  const [state, setState] = useState(() => ({
    text: kept?.text ?? format(value),
    source: value,
    error: kept?.error ?? null,
  }));
  // Derived-state reset during render (React's documented pattern): the
  // design changed under us, so show the new value.
  if (!same(state.source, value)) {
    setState({ text: format(value), source: value, error: null });
  }
  const change = (text: string) => {
    const parsed = parse(text);
    if (parsed.ok) {
      setState({ text, source: parsed.value, error: null });
      if (!same(parsed.value, value)) commit(parsed.value);
    } else {
      setState({ text, source: state.source, error: parsed.error });
    }
  };
  return { text: state.text, error: state.error, change };
}
