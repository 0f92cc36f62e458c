import type { Token } from '../highlight-tokens.ts';

/** One run of highlighted tokens; colours come from `.tok-<kind>` in panels.css. */
export function TokenSpans({ tokens }: { tokens: readonly Token[] }) {
  return (
    <>
      {tokens.map((token, index) =>
        token.kind === 'plain' ? (
          token.text
        ) : (
          <span key={index} className={`tok-${token.kind}`}>
            {token.text}
          </span>
        ),
      )}
    </>
  );
}
