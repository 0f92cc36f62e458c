/**
 * The import boundaries of eslint.boundaries.js bite: ESLint's Node API lints
 * snippets as if they stood in a given folder, and a wrong import fails.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('folder boundaries', () => {
  it('refuses an import that runs back up a layer', async () => {
    const messages = await restrictedImports(
      'src/catalog/wrong.ts',
      "import { validateDesign } from '../model/index.ts';\nexport const v = validateDesign;\n",
    );
    expect(messages).toEqual([expect.stringContaining('src/catalog may not import src/model')]);
  });

  it('refuses deploy importing the CLI and layout importing the store', async () => {
    expect(
      await restrictedImports(
        'src/deploy/wrong.ts',
        "import type { CliIo } from '../cli/cli-io.ts';\nexport type T = CliIo;\n",
      ),
    ).toEqual([expect.stringContaining('src/deploy may not import src/cli')]);
    expect(
      await restrictedImports(
        'src/layout/wrong.ts',
        "import { editorStore } from '../store/index.ts';\nexport const s = editorStore;\n",
      ),
    ).toEqual([expect.stringContaining('src/layout may not import src/store')]);
  });

  it('refuses shipped code importing test code, and the core importing React', async () => {
    expect(
      await restrictedImports(
        'src/export/wrong.ts',
        "import { testDesign } from '../testing/designs.ts';\nexport const d = testDesign;\n",
      ),
    ).toEqual([expect.stringContaining('shipped code may not import test code')]);
    expect(
      await restrictedImports(
        'src/model/validate/wrong.ts',
        "import { useState } from 'react';\nexport const u = useState;\n",
      ),
    ).toEqual([expect.stringContaining('framework-free')]);
  });

  it('accepts the imports the table allows', async () => {
    expect(
      await restrictedImports(
        'src/export/fine.ts',
        "import type { Design } from '../design/design.ts';\nimport { validateDesign } from '../model/index.ts';\nexport type D = Design;\nexport const v = validateDesign;\n",
      ),
    ).toEqual([]);
    expect(
      await restrictedImports(
        'src/export/fine.test.ts',
        "import { testDesign } from '../testing/designs.ts';\nexport const d = testDesign;\n",
      ),
    ).toEqual([]);
  });
});
