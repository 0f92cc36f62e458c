import { describe, expect, it } from 'vitest';
import { joinDateTime, splitDateTime } from './date-parts.ts';

describe('splitDateTime', () => {
  it('reads a date alone as midnight UTC', () => {
    expect(splitDateTime('2026-01-01')).toEqual({ date: '2026-01-01', time: '', offset: '+00:00' });
  });

  it('reads a date-time with an offset', () => {
    expect(splitDateTime('2026-01-01T03:30:00+02:00')).toEqual({
      date: '2026-01-01',
      time: '03:30:00',
      offset: '+02:00',
    });
    expect(splitDateTime('2026-01-01T03:30Z')).toEqual({
      date: '2026-01-01',
      time: '03:30',
      offset: 'Z',
    });
  });

  it('refuses what the form cannot represent', () => {
    expect(splitDateTime('2026-01-01T03:30:00')).toBeNull(); // no offset: ambiguous
    expect(splitDateTime('{{ ds }}')).toBeNull();
    expect(splitDateTime('')).toBeNull();
  });
});

describe('joinDateTime', () => {
  it('writes the shortest faithful form', () => {
    expect(joinDateTime({ date: '2026-01-01', time: '', offset: '+05:00' })).toBe('2026-01-01');
    expect(joinDateTime({ date: '2026-01-01', time: '03:30', offset: '' })).toBe(
      '2026-01-01T03:30:00+00:00',
    );
    expect(joinDateTime({ date: '', time: '03:30', offset: 'Z' })).toBe('');
  });

  it('round-trips what split reads', () => {
    for (const value of ['2026-01-01', '2026-01-01T03:30:00+02:00', '2026-12-31T23:59:59Z']) {
      const parts = splitDateTime(value);
      expect(parts).not.toBeNull();
      expect(joinDateTime(parts!)).toBe(value);
    }
  });
});
