/** Issue 10, item 5: numbers named by their exact path, never changed silently. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDesign } from '../model/validate/index.ts';
import { parseDesignText } from './parse.ts';

const VALID = readFileSync(
  new URL('../../tests/bad-designs/valid.dag.json', import.meta.url),
  'utf8',
);

/** The valid fixture with the first task's args replaced by raw JSON text. */
const withArgs = (args: string) =>
  VALID.replace('"bash_command": "echo extract"', `"bash_command": "echo extract", ${args}`);

describe('numbers a double cannot hold', () => {
  it('names tasks[0].args.env.K and says 1e400 is not finite', () => {
    const result = parseDesignText(withArgs('"env": { "K": 1e400 }'));
    expect(result.ok).toBe(false);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      code: 'invalid-design',
      path: 'tasks[0].args.env.K',
    });
    expect(result.findings[0]!.message).toMatch(/not finite/);
    expect(result.findings[0]!.message).not.toMatch(/not an object/);
  });

  it('names -1e400 in a list too', () => {
    const result = parseDesignText(withArgs('"env": { "K": [1, -1e400] }'));
    expect(result.findings[0]?.path).toBe('tasks[0].args.env.K[1]');
  });

  it('refuses whole numbers beyond 2^53 with their path, keeps 2^53 - 1', () => {
    const result = parseDesignText(
      withArgs(
        '"env": { "BIG": 9007199254740993, "OK": 9007199254740991, "NEG": -18446744073709551616 }',
      ),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.findings));
    const findings = validateDesign(result.design).filter((f) => f.code === 'invalid-argument');
    expect(findings.map((f) => f.path)).toEqual(['tasks[0].args.env.BIG', 'tasks[0].args.env.NEG']);
    expect(findings[0]!.message).toMatch(/beyond 2\^53/);
  });
});
