import { describe, expect, it } from 'vitest';
import { edgesFrom, testDesign, testTask } from '../testing/designs.ts';
import { forecastRun, formatForecast } from './forecast.ts';

describe('forecast: triggers and teardowns', () => {
  const design = testDesign({
    dag: {
      schedule: { assets: ['s3://curated/orders', 's3://curated/customers'], when: 'all' },
    },
    tasks: [
      testTask('create', { role: 'setup', estimated_duration: 60 }),
      testTask('work', { estimated_duration: 600 }),
      testTask('delete', { role: 'teardown', setups: ['create'], estimated_duration: 30 }),
    ],
    edges: edgesFrom([
      ['create', 'work'],
      ['work', 'delete'],
    ]),
  });

  it('names the assets that trigger a run and the teardowns, in the data', () => {
    const forecast = forecastRun(design);
    expect(forecast?.triggers).toEqual({
      assets: ['s3://curated/orders', 's3://curated/customers'],
      when: 'all',
      cron: null,
    });
    expect(forecast?.teardowns).toEqual(['delete']);
  });

  it('says so in the text', () => {
    const text = formatForecast(forecastRun(design)!);
    expect(text).toContain(
      'Triggered by assets (all of them): s3://curated/orders, s3://curated/customers\n',
    );
    expect(text).toContain(
      'Teardown tasks run even after a failure (once their setups succeeded): delete\n',
    );
  });

  it('adds the cron of a cron-or-assets schedule, and says nothing for a plain cron', () => {
    const either = testDesign({
      dag: { schedule: { assets: ['s3://a/x', 's3://b/y'], when: 'any', cron: '0 3 * * *' } },
      tasks: [testTask('a', { estimated_duration: 1 })],
    });
    expect(formatForecast(forecastRun(either)!)).toContain(
      'Triggered by assets (any of them): s3://a/x, s3://b/y, or on the schedule 0 3 * * *\n',
    );
    const plain = testDesign({
      dag: { schedule: '@daily' },
      tasks: [testTask('a', { estimated_duration: 1 })],
    });
    const forecast = forecastRun(plain)!;
    expect(forecast.triggers).toBeNull();
    expect(forecast.teardowns).toEqual([]);
    expect(formatForecast(forecast)).not.toMatch(/Triggered|Teardown/);
  });
});
