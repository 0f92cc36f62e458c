/**
 * Test child for the kill-cleanup test: writes a bundle with the real
 * writeBundleAtomically, but its rename never returns, so the process sits
 * exactly "mid-export" (owner file and partial folder on disk) until the test
 * SIGKILLs it. Prints "ready" when the partial is complete.
 * Usage: tsx hang-before-rename.ts <target dir>
 */
import { nodeFs } from '../../src/cli/node-io.ts';
import { writeBundleAtomically } from '../../src/cli/write-bundle.ts';

const target = process.argv[2];
if (target === undefined) throw new Error('usage: hang-before-rename.ts <target dir>');
const hangingFs = {
  ...nodeFs,
  rename: () => {
    process.stdout.write('ready\n');
    return new Promise<void>(() => {});
  },
};
await writeBundleAtomically(hangingFs, target, [
  { path: 'dags/x.py', content: 'print(1)\n', contentType: 'text/x-python' },
]);
