/** Python calls with keyword arguments, laid out the way black would. */
import { LINE_WIDTH, type PyExpr } from '../python-literal.ts';

export interface Kwarg {
  name: string;
  /** Rendered for a line indented one level below the call. */
  value: PyExpr;
  /** A `# ...` line above the argument, saying why it looks the way it does. */
  comment?: string;
}

/**
 * `head(` + one `name=value,` per line + `)tail`. Always one argument per
 * line: diffs of generated files stay one line per changed argument.
 */
export function renderCallBlock(
  head: string,
  kwargs: readonly Kwarg[],
  indent: string,
  tail = '',
  /** A trailing comment on the first line (`  # noqa: ...`). */
  headComment = '',
): string {
  const inner = indent + '    ';
  const lines = kwargs.map(
    ({ name, value, comment }) =>
      (comment ? `${inner}# ${comment}\n` : '') + `${inner}${name}=${value},\n`,
  );
  return `${indent}${head}(${headComment}\n${lines.join('')}${indent})${tail}`;
}

/** `head(a=1, b=2)tail` on one line when it fits and holds no newline, else the block form. */
export function renderCall(
  head: string,
  kwargs: readonly Kwarg[],
  indent: string,
  tail = '',
): string {
  const flat = `${indent}${head}(${kwargs.map(({ name, value }) => `${name}=${value}`).join(', ')})${tail}`;
  if (flat.length <= LINE_WIDTH && !flat.includes('\n') && kwargs.every((kwarg) => !kwarg.comment))
    return flat;
  return renderCallBlock(head, kwargs, indent, tail);
}
