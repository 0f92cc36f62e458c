import { describe, expect, it } from 'vitest';
import {
  decideOwnership,
  describeOwner,
  parsePreviousDeploy,
  type DesignOwner,
  type PreviousDeploy,
} from './ownership.ts';

const A1 = '1'.repeat(64);
const A2 = '2'.repeat(64);
const B = 'b'.repeat(64);
const NOW = new Date('2026-12-01T12:00:00.000Z');
const OWNER_A: DesignOwner = {
  design_file: 'orders_a.dag.json',
  lineage: A1,
  since: '2026-11-01T08:00:00.000Z',
};
const previous = (designSha256: string, owner: DesignOwner | null): PreviousDeploy => ({
  designSha256,
  owner,
  lastModified: new Date('2026-11-20T09:30:00.000Z'),
});

describe('decideOwnership', () => {
  it('makes a first deploy the owner, its design_sha256 the lineage', () => {
    expect(
      decideOwnership(null, { designFile: 'orders_a.dag.json', designSha256: A1 }, NOW),
    ).toEqual({
      kind: 'owner',
      adopted: false,
      owner: { design_file: 'orders_a.dag.json', lineage: A1, since: NOW.toISOString() },
    });
  });

  it('keeps the owner record (lineage, since) when the same file is edited and redeployed', () => {
    const decision = decideOwnership(
      previous(A1, OWNER_A),
      { designFile: 'orders_a.dag.json', designSha256: A2 },
      NOW,
    );
    expect(decision).toEqual({ kind: 'owner', owner: OWNER_A, adopted: false });
  });

  it('takes the new name along when a renamed file is deployed unchanged', () => {
    const decision = decideOwnership(
      previous(A1, OWNER_A),
      { designFile: 'orders.dag.json', designSha256: A1 },
      NOW,
    );
    expect(decision).toEqual({
      kind: 'owner',
      adopted: false,
      owner: { ...OWNER_A, design_file: 'orders.dag.json' },
    });
  });

  it('names the other owner for another design, and what --force would record', () => {
    const before = previous(A2, OWNER_A);
    expect(
      decideOwnership(before, { designFile: 'orders_b.dag.json', designSha256: B }, NOW),
    ).toEqual({
      kind: 'other-owner',
      current: OWNER_A,
      previous: before,
      ifForced: { design_file: 'orders_b.dag.json', lineage: B, since: NOW.toISOString() },
    });
  });

  it('adopts a manifest written before owners were recorded', () => {
    expect(
      decideOwnership(previous(A1, null), { designFile: 'x.dag.json', designSha256: B }, NOW),
    ).toMatchObject({ kind: 'owner', adopted: true, owner: { design_file: 'x.dag.json' } });
  });
});

describe('parsePreviousDeploy', () => {
  it('reads the owner of a deployed manifest, ignoring the other fields', () => {
    const text = JSON.stringify({ design_sha256: A1, bucket: 'b', owner: OWNER_A, files: [] });
    expect(parsePreviousDeploy(text, null)).toEqual({
      ok: true,
      previous: { designSha256: A1, owner: OWNER_A, lastModified: null },
    });
  });

  it('reads a manifest without an owner', () => {
    expect(parsePreviousDeploy(JSON.stringify({ design_sha256: A1 }), null)).toMatchObject({
      ok: true,
      previous: { owner: null },
    });
  });

  it.each([
    ['{', /^not JSON/],
    ['{"design_sha256": 3}', /^design_sha256: /],
    [JSON.stringify({ design_sha256: A1, owner: { lineage: A1 } }), /^owner\.design_file: /],
  ])('gives a reason for %s', (text, reason) => {
    const parsed = parsePreviousDeploy(text, null);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });
});

describe('describeOwner', () => {
  it('says which file, when first and last deployed', () => {
    expect(describeOwner('orders', OWNER_A, previous(A2, OWNER_A))).toBe(
      'dag_id "orders" belongs to design orders_a.dag.json (first deployed ' +
        '2026-11-01T08:00:00.000Z, last deployed 2026-11-20T09:30:00.000Z, design_sha256 222222222222…)',
    );
  });
});
