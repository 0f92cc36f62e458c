import { describe, expect, it } from 'vitest';
import { CATEGORIES, OPERATORS } from '../../catalog/index.ts';
import { paletteGroups } from './palette-groups.ts';

describe('paletteGroups', () => {
  it('lists every operator once, in the catalog category order, without a query', () => {
    const groups = paletteGroups(OPERATORS, '');
    expect(groups.map((g) => g.category)).toEqual([...CATEGORIES]);
    expect(groups.flatMap((g) => g.operators.map((op) => op.key))).toEqual(
      CATEGORIES.flatMap((c) => OPERATORS.filter((op) => op.category === c).map((op) => op.key)),
    );
  });

  it('keeps only categories with a match, and every word must match', () => {
    const groups = paletteGroups(OPERATORS, 'BASH  operator');
    expect(groups.map((g) => g.category)).toEqual(['Core']);
    expect(groups[0]?.operators.map((op) => op.key)).toContain('BashOperator');
    for (const op of groups.flatMap((g) => g.operators)) {
      const hay = `${op.label} ${op.key} ${op.category} ${op.description}`.toLowerCase();
      expect(hay, op.key).toContain('bash');
      expect(hay, op.key).toContain('operator');
    }
  });

  it('returns no groups when nothing matches', () => {
    expect(paletteGroups(OPERATORS, 'no-such-operator-anywhere')).toEqual([]);
  });
});
