import { describe, expect, it } from 'vitest';
import { AIRFLOW_TARGETS } from '../design/design.ts';
import { assetUriProblem } from './asset-uri.ts';

// What each MWAA version's Airflow did with Asset(uri) / Dataset(uri) in its venv (asset-uri.ts).
describe('asset URIs Airflow refuses', () => {
  it.each(AIRFLOW_TARGETS)('accepts ordinary URIs and names on %s', (target) => {
    for (const uri of [
      's3://curated-data/orders',
      'postgres://warehouse:5432/analytics/public/events',
      'file:///tmp/x',
      'orders',
    ]) {
      expect(assetUriProblem(uri, target), uri).toBeNull();
    }
  });

  it.each(AIRFLOW_TARGETS)('refuses empty, reserved and bucketless s3 URIs on %s', (target) => {
    expect(assetUriProblem('', target)).toMatch(/empty/);
    expect(assetUriProblem('   ', target)).toMatch(/empty/);
    expect(assetUriProblem('airflow://x', target)).toMatch(/reserved/);
    expect(assetUriProblem('AIRFLOW://x', target)).toMatch(/reserved/);
    expect(assetUriProblem('s3:///no-bucket', target)).toMatch(/needs a bucket/);
    expect(assetUriProblem('s3://', target)).toMatch(/needs a bucket/);
    expect(assetUriProblem('ftp://user:pw@host/x', target)).toMatch(/credentials/);
  });

  it('says 2.x only warns about a bucketless s3 URI, and 3.x refuses it', () => {
    expect(assetUriProblem('s3:///k', '2.11.2')).toMatch(/warns.*AIP-60/);
    expect(assetUriProblem('s3:///k', '3.0.6')).toMatch(/refuses/);
  });

  it('allows non-ASCII from 3.1 on, and only a user name (no password) from 3.1 on', () => {
    for (const target of ['2.10.1', '2.11.2', '3.0.6'] as const) {
      expect(assetUriProblem('s3://b/é', target), target).toMatch(/ASCII/);
      expect(assetUriProblem('https://u@h/x', target), target).toMatch(/credentials/);
    }
    for (const target of ['3.2.1', '3.3.1'] as const) {
      expect(assetUriProblem('s3://b/é', target), target).toBeNull();
      expect(assetUriProblem('https://u@h/x', target), target).toBeNull();
    }
  });

  it('has the length limit of each line: 3000 on 2.x, 1500 on 3.x', () => {
    expect(assetUriProblem('x'.repeat(3000), '2.10.3')).toBeNull();
    expect(assetUriProblem('x'.repeat(3001), '2.10.3')).toMatch(/3000/);
    expect(assetUriProblem('x'.repeat(1500), '3.3.1')).toBeNull();
    expect(assetUriProblem('x'.repeat(1501), '3.3.1')).toMatch(/1500/);
  });
});
