import { describe, expect, it } from 'vitest';
import { BOTTOM_PANEL, RIGHT_PANEL, clampSize, parseSize } from './panel-sizes.ts';

describe('remembered panel sizes (outside input)', () => {
  it('reads a number, clamped to the panel limits', () => {
    expect(parseSize('520', RIGHT_PANEL)).toBe(520);
    expect(parseSize('99999', RIGHT_PANEL)).toBe(RIGHT_PANEL.max);
    expect(parseSize('-5', BOTTOM_PANEL)).toBe(BOTTOM_PANEL.min);
  });

  it('refuses anything else, so the default applies', () => {
    for (const raw of [null, undefined, '', '  ', 'wide', 'NaN', 'Infinity', '12px', 42]) {
      expect(parseSize(raw, RIGHT_PANEL), String(raw)).toBeNull();
    }
  });

  it('clamps and rounds what a drag asks for', () => {
    expect(clampSize(410.6, RIGHT_PANEL)).toBe(411);
    expect(clampSize(10, RIGHT_PANEL)).toBe(RIGHT_PANEL.min);
  });
});
