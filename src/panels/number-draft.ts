/**
 * Number fields keep the text the user typed (`-`, `1e`, `1.`) and commit a
 * number only when the text is a complete one; otherwise they show why.
 */
export type NumberDraft = { ok: true; value: number | undefined } | { ok: false; error: string };

export function parseNumberDraft(text: string, kind: 'integer' | 'number'): NumberDraft {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  // Number('') and Number(' 0x10 ') are too forgiving for a form: require plain decimals.
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) {
    return { ok: false, error: `"${trimmed}" is not a number` };
  }
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, error: `"${trimmed}" is too large` };
  if (kind === 'integer' && !Number.isInteger(value)) {
    return { ok: false, error: 'Must be a whole number' };
  }
  return { ok: true, value };
}
