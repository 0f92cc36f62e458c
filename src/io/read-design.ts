/**
 * Reads a design file for a command or a deploy: bytes -> UTF-8 text -> the one parser.
 * Anything that stops us getting a Design is "unreadable input" (exit 2)
 * and comes back as an `invalid-design` finding naming the file.
 */
import type { Design } from '../design/design.ts';
import { invalidDesign, type Finding } from '../model/findings.ts';
import { parseDesignText } from './parse.ts';
import type { FsLike } from './fs-like.ts';

export type ReadDesignResult =
  | {
      ok: true;
      design: Design;
      /** The file exactly as saved (BOM included): the manifest hashes it. */
      text: string;
      findings: Finding[];
    }
  | { ok: false; findings: Finding[] };

function errnoText(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** `absPath` is read; `shownPath` (as the user typed it) names the file in messages. */
export async function readDesign(
  fs: FsLike,
  absPath: string,
  shownPath: string,
): Promise<ReadDesignResult> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(absPath);
  } catch (e) {
    return {
      ok: false,
      findings: [invalidDesign('', `cannot read ${shownPath}: ${errnoText(e)}`)],
    };
  }
  let text: string;
  try {
    // ignoreBOM keeps a byte-order mark in the text, so the hash matches the bytes on disk.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, findings: [invalidDesign('', `${shownPath}: not a UTF-8 text file`)] };
  }
  const parsed = parseDesignText(text, shownPath);
  if (!parsed.ok) return parsed;
  return { ok: true, design: parsed.design, text, findings: parsed.findings };
}
