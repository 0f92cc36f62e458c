/**
 * Share links: a design carried in a URL fragment, no server involved.
 *
 * `#design=<base64url(raw DEFLATE(canonical text))>`. The fragment never
 * reaches a server (browsers do not send it), so the design stays between
 * the two people. Pure and DOM-free: the browser glue is src/app/share/.
 *
 * A link is an outside input: decoding ends in `parseDesignText`, the one
 * parser, and is bounded at every step (fragment length, inflated size), so
 * a hostile link (a decompression bomb) is refused with a message instead of
 * hanging or crashing the tab.
 *
 * Not in the io barrel: the browser imports this module (and fflate) only
 * when a link is made or opened, so it stays out of the first-load bundle.
 */
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import type { Design } from '../design/design.ts';
import { parseDesignText, type ParseResult } from './parse.ts';
import { serializeDesign } from './serialize.ts';
import { isShareFragment, SHARE_PREFIX } from './share-fragment.ts';

export { isShareFragment, SHARE_PREFIX };

/**
 * Largest fragment we hand out (characters, prefix included). 32 KB of
 * fragment is ~24 KB of DEFLATE, i.e. a design of a few hundred tasks; it
 * pastes whole into chat and mail clients and issue trackers (many cut or
 * refuse longer URLs) and stays far below Chromium's 2 MB URL limit. Bigger
 * designs should travel as a file.
 */
export const SHARE_FRAGMENT_MAX = 32 * 1024;

/**
 * Largest fragment we try to read. Links are only produced up to
 * SHARE_FRAGMENT_MAX, but a hand-made or future link may be larger; beyond
 * this it is not worth decoding at all.
 */
export const SHARE_FRAGMENT_READ_MAX = 1024 * 1024;

/** Largest design text a link may inflate to (bytes). Real designs are far below; bombs are not. */
export const SHARE_INFLATED_MAX = 5 * 1024 * 1024;

/**
 * Compressed bytes fed to the inflater per step. fflate inflates a pushed
 * chunk whole before calling back, and DEFLATE expands at most ~1032:1, so a
 * 1 KB step allocates at most ~1 MB before the size check can stop it.
 */
const INFLATE_STEP = 1024;

export type ShareEncodeResult =
  { ok: true; fragment: string } | { ok: false; reason: 'too-large'; size: number; max: number };

export type ShareDecodeResult =
  { ok: true; design: Design; text: string } | { ok: false; message: string };

export function encodeShareFragment(
  design: Design,
  max: number = SHARE_FRAGMENT_MAX,
): ShareEncodeResult {
  const packed = deflateSync(strToU8(serializeDesign(design)), { level: 9 });
  const fragment = SHARE_PREFIX + toBase64Url(packed);
  return fragment.length > max
    ? { ok: false, reason: 'too-large', size: fragment.length, max }
    : { ok: true, fragment };
}

export interface ShareDecodeOptions {
  /** For tests: the inflated-size cap (default SHARE_INFLATED_MAX). */
  maxInflated?: number;
}

export function decodeShareFragment(
  hash: string,
  options: ShareDecodeOptions = {},
): ShareDecodeResult {
  const refuse = (message: string): ShareDecodeResult => ({ ok: false, message });
  if (!isShareFragment(hash)) return refuse('this link does not carry a design');
  if (hash.length > SHARE_FRAGMENT_READ_MAX)
    return refuse(
      `the link is too long to open (${kib(hash.length)}; at most ${kib(SHARE_FRAGMENT_READ_MAX)})`,
    );

  const packed = fromBase64Url(hash.slice(SHARE_PREFIX.length));
  if (packed === null) return refuse('the link is damaged (not base64url); was it cut short?');

  const inflated = inflateCapped(packed, options.maxInflated ?? SHARE_INFLATED_MAX);
  if (!inflated.ok) return refuse(inflated.message);

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return refuse('the link is damaged (its design is not UTF-8 text)');
  }
  const parsed: ParseResult = parseDesignText(text);
  if (!parsed.ok)
    return refuse(
      parsed.findings
        .slice(0, 3)
        .map((f) => (f.path && f.path !== 'format' ? `${f.path}: ${f.message}` : f.message))
        .join('; '),
    );
  return { ok: true, design: parsed.design, text };
}

type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** Stops the stream from inside fflate's callback once the cap is passed. */
class TooLarge extends Error {}

/** Streaming inflate that gives up as soon as the output passes `max` bytes. */
function inflateCapped(packed: Uint8Array, max: number): Inflated {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > max) throw new TooLarge();
    chunks.push(chunk);
    if (final) done = true;
  });
  try {
    if (packed.length === 0) inflater.push(packed, true);
    for (let at = 0; at < packed.length; at += INFLATE_STEP) {
      const end = Math.min(at + INFLATE_STEP, packed.length);
      inflater.push(packed.subarray(at, end), end === packed.length);
    }
  } catch (e) {
    if (e instanceof TooLarge)
      return {
        ok: false,
        message: `the link's design would be larger than ${mib(max)} once unpacked; it was not opened`,
      };
    return {
      ok: false,
      message: 'the link is damaged (its data does not unpack); was it cut short?',
    };
  }
  if (!done)
    return { ok: false, message: 'the link is damaged (its data ends early); was it cut short?' };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.length;
  }
  return { ok: true, bytes };
}

const kib = (n: number): string => `${Math.ceil(n / 1024)} KB`;
const mib = (n: number): string => `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;

/** base64url without padding (RFC 4648 §5): safe in a fragment without escaping. */
export function toBase64Url(bytes: Uint8Array): string {
  return btoa(strFromU8(bytes, true)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of a base64url string, or null when it is not one. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  try {
    return strToU8(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), true);
  } catch {
    return null;
  }
}
