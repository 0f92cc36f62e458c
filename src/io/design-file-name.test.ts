import { describe, expect, it } from 'vitest';
import { testDesign } from '../testing/designs.ts';
import { designFileName } from './design-file-name.ts';

describe('designFileName', () => {
  it('is <dag_id>.dag.json, and design.dag.json for a design without a dag_id yet', () => {
    expect(designFileName(testDesign({ dag: { dag_id: 'orders' } }))).toBe('orders.dag.json');
    expect(designFileName(testDesign({ dag: { dag_id: '' } }))).toBe('design.dag.json');
  });
});
