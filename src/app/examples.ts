/** The examples gallery's data: public/examples/index.json and the designs it lists. */
import { parseExamplesIndex } from '../io/index.ts';
import type { ExampleEntry } from '../io/index.ts';
import { describeFindings } from './file-actions.ts';

const base = (): string => `${import.meta.env.BASE_URL}examples/`;

export type ExamplesLoad = { ok: true; examples: ExampleEntry[] } | { ok: false; message: string };

export async function loadExamplesIndex(): Promise<ExamplesLoad> {
  let data: unknown;
  try {
    const res = await fetch(`${base()}index.json`);
    if (!res.ok) return { ok: false, message: `examples/index.json: HTTP ${res.status}` };
    data = await res.json();
  } catch (err) {
    return {
      ok: false,
      message: `examples/index.json: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
  const parsed = parseExamplesIndex(data);
  return parsed.ok
    ? { ok: true, examples: parsed.index.examples }
    : { ok: false, message: `examples/index.json: ${describeFindings(parsed.findings)}` };
}

/** The text of one example design (parsed by the caller through `openDesignText`). */
export async function fetchExampleText(entry: ExampleEntry): Promise<string> {
  const res = await fetch(`${base()}${encodeURIComponent(entry.file)}`);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.text();
}
