import { describe, expect, it } from 'vitest';
import {
  countRuns,
  cronProblem,
  describeSchedule,
  parseDesignDate,
  scheduleCron,
  scheduleProblem,
} from './schedule.ts';

const NOW = new Date('2026-03-10T12:34:00Z');

describe('describeSchedule', () => {
  it('describes a daily cron with 5 UTC next runs', () => {
    const d = describeSchedule('0 3 * * *', NOW);
    expect(d.valid).toBe(true);
    expect(d.text).toBe('At 03:00, every day');
    expect(d.nextRuns).toEqual([
      '2026-03-11T03:00:00.000Z',
      '2026-03-12T03:00:00.000Z',
      '2026-03-13T03:00:00.000Z',
      '2026-03-14T03:00:00.000Z',
      '2026-03-15T03:00:00.000Z',
    ]);
  });

  it('describes weekday and step crons with cronstrue', () => {
    expect(describeSchedule('0 3 * * MON-FRI', NOW).text).toBe('At 03:00, Monday through Friday');
    expect(describeSchedule('*/15 * * * *', NOW).text).toBe('Every 15 minutes');
    expect(describeSchedule('*/15 * * * *', NOW).nextRuns[0]).toBe('2026-03-10T12:45:00.000Z');
  });

  it('gives presets a fixed phrase and runs', () => {
    const d = describeSchedule('@daily', NOW);
    expect(d).toEqual({
      valid: true,
      text: 'Every day at 00:00 UTC',
      nextRuns: [
        '2026-03-11T00:00:00.000Z',
        '2026-03-12T00:00:00.000Z',
        '2026-03-13T00:00:00.000Z',
        '2026-03-14T00:00:00.000Z',
        '2026-03-15T00:00:00.000Z',
      ],
    });
    expect(describeSchedule('@weekly', NOW).nextRuns[0]).toBe('2026-03-15T00:00:00.000Z'); // a Sunday
    expect(describeSchedule('@monthly', NOW).nextRuns[0]).toBe('2026-04-01T00:00:00.000Z');
    expect(describeSchedule('@yearly', NOW).nextRuns[0]).toBe('2027-01-01T00:00:00.000Z');
    expect(describeSchedule('@hourly', NOW).nextRuns[0]).toBe('2026-03-10T13:00:00.000Z');
  });

  it('has no next runs for @once, @continuous and null', () => {
    for (const s of ['@once', '@continuous', null]) {
      const d = describeSchedule(s, NOW);
      expect(d.valid).toBe(true);
      expect(d.nextRuns).toEqual([]);
      expect(d.text.length).toBeGreaterThan(5);
    }
  });

  it('rejects 6- and 7-field crons with a clear message', () => {
    const six = describeSchedule('0 0 3 * * *', NOW);
    expect(six.valid).toBe(false);
    expect(six.error).toMatch(/6 fields; Airflow cron has 5/);
    expect(six.error).toMatch(/no seconds/);
    expect(describeSchedule('0 0 3 * * * 2026', NOW).error).toMatch(/7 fields.*seconds or year/);
  });

  it('rejects bad crons using cron-parser', () => {
    for (const bad of [
      '0 25 * * *',
      '61 * * * *',
      'x * * * *',
      '0 3 * *',
      '',
      'daily',
      '@annually',
      '@quarterly',
      'H 3 * * *',
      '0 0 30 2 *',
    ]) {
      const d = describeSchedule(bad, NOW);
      expect(d.valid, bad).toBe(false);
      expect(d.nextRuns).toEqual([]);
      expect(d.error).toBe(d.text);
    }
    expect(cronProblem('0 25 * * *')).toMatch(/not a valid cron expression/);
    expect(cronProblem('0 3 * *')).toMatch(/4 fields; a cron expression needs 5/);
    expect(cronProblem('@annually')).toMatch(/@yearly/);
  });

  it('takes presets literally: spaces around them are an error', () => {
    expect(describeSchedule(' @daily', NOW).valid).toBe(false);
    expect(scheduleProblem(' @daily')).toMatch(/spaces/);
    expect(scheduleProblem('0 3 * * * ')).toMatch(/spaces/);
    expect(scheduleProblem('@daily')).toBeNull();
    expect(scheduleProblem(null)).toBeNull();
  });

  it('accepts day names, ranges, lists and L', () => {
    for (const ok of ['0 0 * * SUN', '0 6,18 * * 1-5', '0 0 L * *', '5 4 * * 0', '0 0 1 JAN *']) {
      expect(cronProblem(ok), ok).toBeNull();
    }
  });
});

describe('scheduleCron and countRuns', () => {
  it('maps presets to cron', () => {
    expect(scheduleCron('@daily')).toBe('0 0 * * *');
    expect(scheduleCron('@once')).toBeNull();
    expect(scheduleCron('bad')).toBeNull();
    expect(scheduleCron(null)).toBeNull();
  });

  it('counts runs in (from, to]', () => {
    const from = new Date('2026-01-01T00:00:00Z');
    expect(countRuns('@daily', from, new Date('2026-01-31T12:00:00Z'))).toBe(30);
    expect(countRuns('0 * * * *', from, new Date('2026-01-02T00:00:00Z'))).toBe(24);
    expect(countRuns('* * * * *', from, new Date('2027-01-01T00:00:00Z'), 500)).toBe(500);
    expect(countRuns('@once', from, new Date('2026-01-02T00:00:00Z'))).toBe(1);
    expect(countRuns(null, from, new Date('2026-01-02T00:00:00Z'))).toBeNull();
  });
});

describe('parseDesignDate', () => {
  it('reads a date as midnight UTC', () => {
    expect(parseDesignDate('2026-01-01')).toEqual({
      ok: true,
      isoUtc: '2026-01-01T00:00:00.000Z',
      dateOnly: true,
    });
  });

  it('reads date-times with offsets', () => {
    expect(parseDesignDate('2026-01-01T06:30:00+02:00')).toEqual({
      ok: true,
      isoUtc: '2026-01-01T04:30:00.000Z',
      dateOnly: false,
    });
    expect(parseDesignDate('2026-01-01T06:30Z')).toMatchObject({
      isoUtc: '2026-01-01T06:30:00.000Z',
    });
    expect(parseDesignDate('2026-01-01T00:00:00.250-0530')).toMatchObject({
      isoUtc: '2026-01-01T05:30:00.250Z',
    });
  });

  it('rejects a date-time without an offset', () => {
    const r = parseDesignDate('2026-01-01T06:30:00');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/no UTC offset/);
  });

  it('rejects impossible and malformed dates', () => {
    for (const bad of [
      '2026-02-30',
      '2026-13-01',
      '2026-1-1',
      '01/02/2026',
      'yesterday',
      '2026-01-01T24:00:00Z',
      '2026-01-01T10:00:00+25:00',
      '',
    ]) {
      expect(parseDesignDate(bad).ok, bad).toBe(false);
    }
    expect(parseDesignDate('2024-02-29').ok).toBe(true);
    expect(parseDesignDate('2025-02-29').ok).toBe(false);
  });
});

describe('describeSchedule of an asset schedule', () => {
  it('names the assets and reads the cron beside them', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(describeSchedule({ assets: ['s3://a/x'], when: 'all' }, now)).toEqual({
      valid: true,
      text: 'When updated: s3://a/x',
      nextRuns: [],
    });
    const both = describeSchedule(
      { assets: ['s3://a/x', 's3://b/y'], when: 'any', cron: '@daily' },
      now,
    );
    expect(both.text).toBe(
      'When updated (any of them): s3://a/x, s3://b/y; or Every day at 00:00 UTC',
    );
    expect(both.nextRuns[0]).toBe('2026-01-02T00:00:00.000Z');
  });
});
