/**
 * `npm run size`: builds the app and fails (exit 1) when its first-load
 * JavaScript is over the budget (bench/bundle-size.ts: issue 13's 260 KB
 * gzip). A few seconds, deterministic: fit for CI, unlike the timing bench.
 */
import { fileURLToPath } from 'node:url';
import { kb, renderBundleTable, runBundleSizeBench } from '../bench/bundle-size.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

const size = await runBundleSizeBench(root);
process.stdout.write(`${renderBundleTable(size)}\n\n`);
if (size.firstLoadGzip > size.budget) {
  process.stderr.write(
    `First-load JS is ${kb(size.firstLoadGzip)} gzip, over the ${kb(size.budget)} budget: ` +
      'load what the first paint does not need with import() (see docs/BENCHMARKS.md).\n',
  );
  process.exitCode = 1;
} else {
  process.stdout.write(
    `First-load JS ${kb(size.firstLoadGzip)} gzip, within the ${kb(size.budget)} budget.\n`,
  );
}
