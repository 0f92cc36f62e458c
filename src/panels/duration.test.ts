import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDuration, parseDuration } from './duration.ts';

describe('formatDuration', () => {
  it('writes the largest units first and skips zero parts', () => {
    expect(formatDuration(5400)).toBe('1h 30m');
    expect(formatDuration(90061)).toBe('1d 1h 1m 1s');
    expect(formatDuration(3600)).toBe('1h');
    expect(formatDuration(45)).toBe('45s');
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(60.5)).toBe('1m 0.5s');
  });
});

describe('parseDuration', () => {
  it('reads units, spaces and plain seconds', () => {
    expect(parseDuration('1h 30m')).toEqual({ ok: true, seconds: 5400 });
    expect(parseDuration('1d2h')).toEqual({ ok: true, seconds: 93600 });
    expect(parseDuration(' 300 ')).toEqual({ ok: true, seconds: 300 });
    expect(parseDuration('90M')).toEqual({ ok: true, seconds: 5400 });
    expect(parseDuration('1.5h')).toEqual({ ok: true, seconds: 5400 });
  });

  it('rejects junk, repeats and emptiness with a message', () => {
    for (const bad of ['', '1x', 'h', '1h 2h', '-5', '1h30', 'one hour']) {
      const result = parseDuration(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.error.length).toBeGreaterThan(5);
    }
  });

  it('round-trips every whole number of seconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (seconds) => {
        expect(parseDuration(formatDuration(seconds))).toEqual({ ok: true, seconds });
      }),
    );
  });
});
