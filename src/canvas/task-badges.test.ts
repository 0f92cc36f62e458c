import { describe, expect, it } from 'vitest';
import { assetShortName, outletChips } from './task-badges.ts';

describe('outlet chips on a task node', () => {
  it('names an asset by its last path segment', () => {
    expect(assetShortName('s3://curated-data/orders')).toBe('orders');
    expect(assetShortName('s3://curated-data/orders/')).toBe('orders');
    expect(assetShortName('s3://bucket')).toBe('bucket');
    expect(assetShortName('orders_table')).toBe('orders_table');
  });

  it('draws at most two chips and counts the rest', () => {
    expect(outletChips([])).toEqual({ chips: [], more: 0 });
    const three = outletChips(['s3://a/x', 's3://a/y', 's3://a/z']);
    expect(three.chips).toEqual([
      { label: 'x', uri: 's3://a/x' },
      { label: 'y', uri: 's3://a/y' },
    ]);
    expect(three.more).toBe(1);
  });
});
