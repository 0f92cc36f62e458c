import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../io/index.ts';
import { editorStore } from '../store/index.ts';
import { sampleDesign } from '../testing/designs.ts';
import { describeFindings, exportDesignZip, openDesignText } from './file-actions.ts';
import { invalidDesign } from '../model/findings.ts';

describe('opening a bad file', () => {
  it('says plainly that the file is from a newer dag-designer, file name first', async () => {
    const text = serializeDesign(sampleDesign()).replace('"version": 2', '"version": 3');
    expect(await openDesignText(text, 'future.dag.json')).toBe(false);
    expect(editorStore.getState().notice?.text).toBe(
      'Could not open future.dag.json: it was written by a newer dag-designer (format version 3); this build reads version 2.',
    );
  });

  it('keeps the path of a finding inside the design', () => {
    expect(
      describeFindings([
        invalidDesign('format', 'not a dag-designer design'),
        invalidDesign('tasks[1].estimated_duration', 'must be a number'),
      ]),
    ).toBe('not a dag-designer design; tasks[1].estimated_duration: must be a number');
  });
});

describe('exporting', () => {
  it('refuses a design with errors even if the button was a render behind', async () => {
    const design = sampleDesign();
    const broken = { ...design, dag: { ...design.dag, schedule: 'every day' } };
    editorStore.getState().loadDesign(broken);
    await exportDesignZip();
    const notice = editorStore.getState().notice;
    expect(notice?.kind).toBe('error');
    expect(notice?.text).toMatch(/^Not exported: fix dag\.schedule: /);
  });
});
