import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildBenchDesign } from './gen-design.ts';
import { serializeDesign } from '../src/io/index.ts';
import { pickNode } from './page-probes.ts';
import { CHROMIUM_ARGS } from './browser-bench.ts';
const tmp = mkdtempSync(join(tmpdir(), 'prof-'));
const d = buildBenchDesign(2000, 50);
d.groups = [];
d.tasks.forEach((t) => (t.group = null));
writeFileSync(join(tmp, 'd.dag.json'), serializeDesign(d));
await build({
  configFile: 'vite.config.ts',
  logLevel: 'error',
  build: { outDir: join(tmp, 'app'), minify: false },
});
const server = await preview({
  configFile: 'vite.config.ts',
  logLevel: 'error',
  build: { outDir: join(tmp, 'app') },
  preview: { host: '127.0.0.1', port: 0 },
});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await ctx.addInitScript('window.__name = (f) => f;');
  const page = await ctx.newPage();
  console.log(server.resolvedUrls);
  page.on('console', (m) => console.log('console', m.text()));
  page.on('pageerror', (e) => console.log('err', e.message));
  await page.goto(server.resolvedUrls!.local[0]!);
  await page.locator('input[type="file"]').first().setInputFiles(join(tmp, 'd.dag.json'));
  await page.waitForFunction(
    () => document.querySelectorAll('.react-flow__node-task').length >= 2000,
  );
  await page.waitForTimeout(1500);
  const n = await page.evaluate(pickNode, '.react-flow__node-task');
  await page.mouse.click(n!.x, n!.y);
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/prof.png' });
  const field = page.getByLabel('bash_command', { exact: true });
  await field.click();
  await page.keyboard.press('End');
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  for (const ch of 'abcdefghij') {
    await page.keyboard.press(ch);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  }
  const { profile } = (await cdp.send('Profiler.stop')) as any;
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  const dt = profile.timeDeltas as number[];
  const counts = new Map<number, number>();
  profile.samples.forEach((s: number, i: number) =>
    counts.set(s, (counts.get(s) ?? 0) + (dt[i] ?? 0)),
  );
  for (const [id, us] of counts) {
    const n: any = byId.get(id);
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + us);
  }
  const tot = [...self.values()].reduce((a, b) => a + b, 0);
  console.log('total ms', (tot / 1000).toFixed(0));
  [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30)
    .forEach(([k, v]) => console.log((v / 1000).toFixed(1).padStart(8), k));
  // inclusive time for selected functions
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map<string, number>();
  for (const [id, us] of counts) {
    const seen = new Set<string>();
    for (let x: any = id; x !== undefined; x = parent.get(x)) {
      const n: any = byId.get(x);
      const k = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
      if (!seen.has(k)) {
        seen.add(k);
        incl.set(k, (incl.get(k) ?? 0) + us);
      }
    }
  }
  console.log('--- inclusive');
  [...incl]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 60)
    .forEach(([k, v]) => console.log((v / 1000).toFixed(1).padStart(8), k));
} finally {
  await browser.close();
  await server.close();
}
