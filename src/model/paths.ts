/**
 * Finding paths, written the way a user reads the JSON file:
 * `tasks[3].args.bash_command`, `edges[2].to`, `dag.default_args["my-key"]`.
 * Keys that are not plain identifiers are bracketed and quoted so the path
 * stays unambiguous.
 */

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export type PathSegment = string | number;

export function formatPathSegments(segments: readonly PathSegment[]): string {
  let out = '';
  for (const seg of segments) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (PLAIN_KEY.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** `childPath('tasks[0].args', 'bash_command')` -> `tasks[0].args.bash_command`. */
export function childPath(parent: string, ...segments: PathSegment[]): string {
  const tail = formatPathSegments(segments);
  if (parent === '') return tail;
  return tail.startsWith('[') ? parent + tail : `${parent}.${tail}`;
}

const SEGMENT = /\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/** Inverse of `formatPathSegments`; unparseable tails are dropped (paths are ours). */
export function parsePath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < path.length) {
    const m = SEGMENT.exec(path);
    if (!m) break;
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(JSON.parse(m[3]) as string);
  }
  return out;
}
