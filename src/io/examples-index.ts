/**
 * public/examples/index.json: the gallery's list of example designs. It is
 * fetched from outside the bundle, so it goes through zod like any input.
 */
import { z } from 'zod';
import { invalidDesign, type Finding } from '../model/findings.ts';
import { issuesToFindings } from './issue-messages.ts';

export const ExampleEntrySchema = z.strictObject({
  /** File name inside public/examples, e.g. `branch_and_join.dag.json`. */
  file: z.string().regex(/^[A-Za-z0-9_.-]+\.dag\.json$/, 'must be a *.dag.json file name'),
  title: z.string().min(1),
  description: z.string(),
});

export const ExamplesIndexSchema = z.strictObject({
  examples: z.array(ExampleEntrySchema),
});

export type ExampleEntry = z.output<typeof ExampleEntrySchema>;
export type ExamplesIndex = z.output<typeof ExamplesIndexSchema>;

export type ExamplesIndexResult =
  { ok: true; index: ExamplesIndex } | { ok: false; findings: Finding[] };

export function parseExamplesIndex(input: unknown): ExamplesIndexResult {
  const result = ExamplesIndexSchema.safeParse(input);
  if (result.success) return { ok: true, index: result.data };
  const findings = issuesToFindings(result.error.issues, input, ExamplesIndexSchema);
  return {
    ok: false,
    findings: findings.length > 0 ? findings : [invalidDesign('', 'bad examples index')],
  };
}
