import { describe, expect, it } from 'vitest';
import { CATEGORIES, OPERATORS } from '../../catalog/index.ts';
import { customEntryMatches, paletteGroups } from './palette-groups.ts';

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

describe('the Custom operator entry', () => {
  it('shows without a query and for words of its label, key, section or description', () => {
    expect(customEntryMatches('')).toBe(true);
    expect(customEntryMatches('custom')).toBe(true);
    expect(customEntryMatches('CUSTOM operator')).toBe(true);
    expect(customEntryMatches('plugins')).toBe(true);
    expect(customEntryMatches('bash')).toBe(false);
    expect(customEntryMatches('custom bash')).toBe(false);
  });

  it('is not a catalog operator', () => {
    expect(OPERATORS.some((op) => op.key === 'custom')).toBe(false);
  });
});

describe('new sections', () => {
  it('lists the human-in-the-loop and Kubernetes operators under their own headings', () => {
    const byCategory = new Map(
      paletteGroups(OPERATORS, '').map((g) => [g.category, g.operators.map((op) => op.key)]),
    );
    expect(byCategory.get('Human in the loop')).toEqual([
      'ApprovalOperator',
      'HITLOperator',
      'HITLBranchOperator',
      'HITLEntryOperator',
    ]);
    expect(byCategory.get('Kubernetes')).toEqual(['KubernetesPodOperator']);
    expect(byCategory.get('AWS')).toContain('EksPodOperator');
  });
});
