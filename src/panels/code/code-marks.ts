/**
 * Which findings the code editor marks inline, and where: the same findings
 * the Problems panel lists for the field's path (one rule, one place), placed
 * by the line and column the finding carries (`Finding.at`). Kept free of
 * CodeMirror so it is tested without the editor and stays out of its chunk.
 */
import type { Finding, Severity } from '../../model/findings.ts';

export interface CodeMark {
  severity: Severity;
  message: string;
  /** Offsets into the text: the marked range runs from the column to the end of the line. */
  from: number;
  to: number;
}

/**
 * The marks for `text` (the editor's text: lines joined by `\n`, as the
 * editor holds them), from its findings that carry a place. A place past the
 * text (findings of a slightly older version while typing) is clamped to the
 * last line rather than dropped or thrown on.
 */
export function codeMarks(text: string, findings: readonly Finding[]): CodeMark[] {
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const marks: CodeMark[] = [];
  for (const finding of findings) {
    if (!finding.at) continue;
    const index = Math.min(Math.max(finding.at.line, 1), lines.length) - 1;
    const lineText = lines[index] ?? '';
    const start = starts[index] ?? 0;
    const column = Math.min(Math.max(finding.at.column, 1) - 1, lineText.length);
    // An error at the end of a line (something missing) marks the last character, so it shows.
    const from = start + (column === lineText.length && column > 0 ? column - 1 : column);
    marks.push({
      severity: finding.severity,
      message: finding.message,
      from,
      to: Math.max(start + lineText.length, from),
    });
  }
  return marks;
}
