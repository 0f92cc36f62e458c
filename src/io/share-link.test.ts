/** Share links: round trip byte for byte, size cap, damaged links, and a decompression bomb. */
import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseDesignText } from './parse.ts';
import { serializeDesign } from './serialize.ts';
import { emptyDesign } from './empty.ts';
import {
  SHARE_FRAGMENT_MAX,
  SHARE_INFLATED_MAX,
  SHARE_PREFIX,
  decodeShareFragment,
  encodeShareFragment,
  fromBase64Url,
  toBase64Url,
} from './share-link.ts';

const exampleText = readFileSync('public/examples/branch_and_join.dag.json', 'utf8');
const example = (() => {
  const r = parseDesignText(exampleText);
  if (!r.ok) throw new Error('example does not parse');
  return r.design;
})();

const fragmentOf = (bytes: Uint8Array): string => SHARE_PREFIX + toBase64Url(bytes);

describe('share links', () => {
  it('round-trips a design to the same canonical bytes', () => {
    const encoded = encodeShareFragment(example);
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(encoded.fragment.startsWith(SHARE_PREFIX)).toBe(true);
    expect(encoded.fragment).toMatch(/^#design=[A-Za-z0-9_-]+$/);
    const decoded = decodeShareFragment(encoded.fragment);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.text).toBe(serializeDesign(example));
    expect(serializeDesign(decoded.design)).toBe(serializeDesign(example));
  });

  it('refuses to make a link over the cap and says how big it is', () => {
    const big = emptyDesign();
    // Incompressible text: random-ish task ids and commands.
    big.tasks = Array.from({ length: 2000 }, (_, i) => ({
      task_id: `t_${i}_${((i * 2654435761) >>> 0).toString(36)}`,
      operator: 'BashOperator',
      args: { bash_command: `echo ${((i * 40503) >>> 0).toString(36)}${Math.sin(i)}` },
      group: null,
    }));
    const encoded = encodeShareFragment(big);
    expect(encoded).toMatchObject({ ok: false, reason: 'too-large', max: SHARE_FRAGMENT_MAX });
    if (encoded.ok) return;
    expect(encoded.size).toBeGreaterThan(SHARE_FRAGMENT_MAX);
  });

  it('refuses a decompression bomb quickly, without inflating it whole', () => {
    // 64 MB of spaces inside a JSON string: ~64 KB compressed, 13x the cap.
    const bomb = new Uint8Array(64 * 1024 * 1024).fill(0x20);
    bomb.set(strToU8('{"format":"dag-designer","version":1,"x":"'));
    const fragment = fragmentOf(deflateSync(bomb, { level: 9 }));
    expect(fragment.length).toBeLessThan(200 * 1024);
    const started = performance.now();
    const decoded = decodeShareFragment(fragment);
    const elapsed = performance.now() - started;
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.message).toMatch(/larger than 5 MB once unpacked/);
    // Inflating all 64 MB takes many seconds; stopping at the cap takes a fraction of one
    // (the browser journey holds it to 1 s). 3 s leaves room for a busy 2-core CI machine.
    expect(elapsed).toBeLessThan(3000);
  });

  it('applies the inflated-size cap exactly', () => {
    const text = serializeDesign(example);
    const fragment = fragmentOf(deflateSync(strToU8(text)));
    expect(decodeShareFragment(fragment, { maxInflated: text.length }).ok).toBe(true);
    expect(decodeShareFragment(fragment, { maxInflated: text.length - 1 }).ok).toBe(false);
    expect(SHARE_INFLATED_MAX).toBe(5 * 1024 * 1024);
  });

  it('says a cut-short or garbled link is damaged', () => {
    const encoded = encodeShareFragment(example);
    if (!encoded.ok) throw new Error('example link too large');
    const cut = encoded.fragment.slice(0, Math.floor(encoded.fragment.length / 2));
    expect(decodeShareFragment(cut)).toMatchObject({ ok: false, message: /damaged/ });
    expect(decodeShareFragment(`${SHARE_PREFIX}%%%`)).toMatchObject({
      ok: false,
      message: /not base64url/,
    });
    expect(decodeShareFragment('#other=1')).toMatchObject({ ok: false });
    expect(
      decodeShareFragment(fragmentOf(deflateSync(new Uint8Array([0xff, 0xfe, 0x00])))),
    ).toMatchObject({ ok: false, message: /not UTF-8/ });
  });

  it('puts what a link carries through the one parser', () => {
    const notDesign = fragmentOf(deflateSync(strToU8('{"name":"pkg","version":"1.0.0"}')));
    const decoded = decodeShareFragment(notDesign);
    expect(decoded).toMatchObject({
      ok: false,
      message: /^not a dag-designer design/,
    });
  });

  it('base64url round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });
});
