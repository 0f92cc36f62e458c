/**
 * Highlighted, numbered, read-only code. Lines in `mark` (1-based,
 * inclusive) are highlighted and scrolled into view when the range changes.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import { splitTokenLines, tokenize } from '../highlight-tokens.ts';
import { scrollWithin } from '../scroll-within.ts';
import { TokenSpans } from './TokenSpans.tsx';

export interface CodeLinesProps {
  /** Python source (the exported DAG file). */
  code: string;
  label: string;
  mark?: readonly [number, number] | null;
}

const Line = memo(function Line({
  number,
  tokens,
  marked,
}: {
  number: number;
  tokens: ReturnType<typeof splitTokenLines>[number];
  marked: boolean;
}) {
  return (
    <div className={`code-line${marked ? ' code-line--marked' : ''}`} data-line={number}>
      <span className="code-line__no" aria-hidden="true">
        {number}
      </span>
      <span className="code-line__text">
        <TokenSpans tokens={tokens} />
        {tokens.length === 0 ? '\u200b' : null}
      </span>
    </div>
  );
});

export function CodeLines({ code, label, mark }: CodeLinesProps) {
  const lines = useMemo(() => {
    const split = splitTokenLines(tokenize(code));
    // A final newline does not start a visible line.
    if (code.endsWith('\n') && split.length > 1 && split[split.length - 1]?.length === 0)
      split.pop();
    return split;
  }, [code]);
  const scroller = useRef<HTMLDivElement>(null);
  const start = mark?.[0];
  const end = mark?.[1];

  useEffect(() => {
    if (start === undefined) return;
    const line = scroller.current?.querySelector(`[data-line="${start}"]`);
    if (line instanceof HTMLElement) scrollWithin(line);
  }, [start]);

  return (
    <div className="code-lines" ref={scroller} tabIndex={0} role="region" aria-label={label}>
      <pre className="code-lines__pre">
        <code>
          {lines.map((tokens, index) => (
            <Line
              key={index}
              number={index + 1}
              tokens={tokens}
              marked={
                start !== undefined && end !== undefined && index + 1 >= start && index + 1 <= end
              }
            />
          ))}
        </code>
      </pre>
    </div>
  );
}
