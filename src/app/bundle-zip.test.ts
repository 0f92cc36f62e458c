import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { emptyDesign, serializeDesign } from '../io/index.ts';
import { exportBundle } from '../export/index.ts';
import type { Design } from '../design/design.ts';
import { exportZip, zipBundle } from './bundle-zip.ts';

function sample(): Design {
  const d = emptyDesign('zip_test');
  d.tasks.push(
    {
      task_id: 'hello',
      operator: 'BashOperator',
      args: { bash_command: 'echo "hi"' },
      group: null,
      ui: { x: 0, y: 0 },
    },
    {
      task_id: 'bye',
      operator: 'BashOperator',
      args: { bash_command: 'echo bye' },
      group: null,
      ui: { x: 300, y: 0 },
    },
  );
  d.edges.push({ from: 'hello', to: 'bye' });
  return d;
}

describe('export .zip', () => {
  it('holds exactly the CLI bundle of the saved design, byte for byte', () => {
    const d = sample();
    const { name, bytes } = exportZip(d);
    expect(name).toBe('zip_test.zip');
    const unzipped = unzipSync(bytes);
    // What `dag-designer export zip_test.dag.json` writes for the saved file.
    const expected = exportBundle(d, {
      designText: serializeDesign(d),
      designFile: 'zip_test.dag.json',
    });
    expect(Object.keys(unzipped)).toEqual(expected.map((f) => f.path));
    expect(Object.keys(unzipped)).toContain('dags/zip_test.py');
    expect(Object.keys(unzipped)).toContain('manifest.json');
    for (const f of expected) expect(strFromU8(unzipped[f.path]!)).toBe(f.content);
  });

  it('is deterministic (same design, same bytes), whatever the time zone', () => {
    const d = sample();
    const a = exportZip(d).bytes;
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const b = exportZip(structuredClone(d)).bytes;
      expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    } finally {
      process.env.TZ = tz;
    }
  });

  it('zips files in the given order', () => {
    const bytes = zipBundle([
      { path: 'b.txt', content: 'b', contentType: 'text/plain' },
      { path: 'a.txt', content: 'ä', contentType: 'text/plain' },
    ]);
    const out = unzipSync(bytes);
    expect(Object.keys(out)).toEqual(['b.txt', 'a.txt']);
    expect(strFromU8(out['a.txt']!)).toBe('ä');
  });
});
