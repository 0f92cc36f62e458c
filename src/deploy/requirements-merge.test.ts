import { describe, expect, it } from 'vitest';
import {
  mergeRequirements,
  normalizeName,
  parseRequirements,
  sameConstraints,
  shellSplit,
} from './requirements-merge.ts';

const URL_306 =
  'https://raw.githubusercontent.com/apache/airflow/constraints-3.0.6/constraints-3.12.txt';
const URL_321 =
  'https://raw.githubusercontent.com/apache/airflow/constraints-3.2.1/constraints-3.12.txt';
const C_306 = `--constraint "${URL_306}"`;
const BUNDLE = `${C_306}\napache-airflow-providers-amazon\napache-airflow-providers-standard\n`;

describe('normalizeName (PEP 503)', () => {
  it.each([
    ['apache_airflow_providers_amazon', 'apache-airflow-providers-amazon'],
    ['Apache.Airflow--Providers__Amazon', 'apache-airflow-providers-amazon'],
    ['boto3', 'boto3'],
  ])('%s -> %s', (name, normalized) => expect(normalizeName(name)).toBe(normalized));
});

describe('shellSplit', () => {
  it.each([
    ['-c "a b"', ['-c', 'a b']],
    ["--constraint='x'", ['--constraint=x']],
    ['-c  url  ', ['-c', 'url']],
    ['-c "a\\"b"', ['-c', 'a"b']],
    ['-c ""', ['-c', '']],
  ])('%j', (text, words) => expect(shellSplit(text)).toEqual(words));
});

describe('parseRequirements', () => {
  const kinds = (text: string) =>
    parseRequirements(text).map((l) =>
      l.kind === 'requirement'
        ? `req:${l.name}${l.pinned ? '!' : ''}`
        : l.kind === 'constraint'
          ? `c:${l.value}`
          : l.kind,
    );

  it.each([
    ['', []],
    ['# only a comment\n\n', ['blank', 'blank']],
    [`${C_306}\n`, [`c:${URL_306}`]],
    [`-c ${URL_306}`, [`c:${URL_306}`]],
    [`--constraint=${URL_306}`, [`c:${URL_306}`]],
    [`--constraint='${URL_306}'`, [`c:${URL_306}`]],
    [`-c${URL_306}`, [`c:${URL_306}`]],
    [`-c ${URL_306}  # MWAA 3.0.6`, [`c:${URL_306}`]],
    ['apache_airflow_providers_amazon', ['req:apache-airflow-providers-amazon']],
    ['Boto3==1.35.0', ['req:boto3!']],
    ['pandas[excel]>=2 ; python_version >= "3.11"', ['req:pandas!']],
    ['pandas[excel] ; python_version >= "3.11"', ['req:pandas']],
    ['requests # http', ['req:requests']],
    ['pkg==1.0 --hash=sha256:abc', ['req:pkg!']],
    ['mylib @ https://example.com/mylib-1.0.tar.gz', ['req:mylib!']],
    ['-e git+https://github.com/o/r.git#egg=My_Lib', ['req:my-lib']],
    ['git+https://github.com/o/r.git#egg=other', ['req:other!']],
    ['https://example.com/x-1.0-py3-none-any.whl', ['other']],
    ['./vendor/x-1.0-py3-none-any.whl', ['other']],
    ['-r other.txt', ['other']],
    ['--index-url https://pypi.example.com/simple', ['other']],
    ['foo \\\n  ==1.0\nbar', ['req:foo!', 'req:bar']],
    ['a\r\nb\r\n', ['req:a', 'req:b']],
    ['\uFEFFa\n', ['req:a']],
  ] as [string, string[]][])('%j', (text, expected) => expect(kinds(text)).toEqual(expected));
});

describe('sameConstraints', () => {
  it.each([
    [URL_306, URL_306, true],
    [URL_306, URL_321, false],
    [URL_306, '/usr/local/airflow/dags/constraints-3.0.6.txt', true],
    [URL_306, '/usr/local/airflow/dags/constraints-3.2.1.txt', false],
    [URL_306, URL_306.replace('3.12.txt', '3.11.txt'), false],
    ['my-constraints.txt', 'my-constraints.txt', true],
    ['my-constraints.txt', URL_306, false],
  ])('%s ~ %s is %s', (a, b, same) => expect(sameConstraints(a, b)).toBe(same));
});

type Case = [title: string, current: string | null, bundle: string, merged: string];

describe('mergeRequirements: merged files', () => {
  const cases: Case[] = [
    ['no file in the bucket yet: the bundle itself', null, BUNDLE, BUNDLE],
    [
      'an empty file gets the constraint and the names',
      '',
      BUNDLE,
      `${C_306}\napache-airflow-providers-amazon\napache-airflow-providers-standard\n`,
    ],
    [
      'keeps comments, blanks, pins and order; adds only the missing name',
      `# team file\n${C_306}\n\npandas==2.2.0\napache-airflow-providers-amazon\n`,
      BUNDLE,
      `# team file\n${C_306}\n\npandas==2.2.0\napache-airflow-providers-amazon\napache-airflow-providers-standard\n`,
    ],
    [
      'a name written with _ and a pin counts as present',
      `${C_306}\nApache_Airflow_Providers_Amazon[aiobotocore]==9.12.0\napache-airflow-providers-standard\n`,
      BUNDLE,
      `${C_306}\nApache_Airflow_Providers_Amazon[aiobotocore]==9.12.0\napache-airflow-providers-standard\n`,
    ],
    [
      'a name with an environment marker counts as present',
      `${C_306}\napache-airflow-providers-amazon ; python_version >= "3.11"\n`,
      `${C_306}\napache-airflow-providers-amazon\n`,
      `${C_306}\napache-airflow-providers-amazon ; python_version >= "3.11"\n`,
    ],
    [
      '-c with the same URL unquoted is the same constraint: no second one',
      `-c ${URL_306}\npandas\n`,
      BUNDLE,
      `-c ${URL_306}\npandas\napache-airflow-providers-amazon\napache-airflow-providers-standard\n`,
    ],
    [
      '--constraint=url is the same constraint',
      `--constraint=${URL_306}\n`,
      `${C_306}\napache-airflow-providers-amazon\n`,
      `--constraint=${URL_306}\napache-airflow-providers-amazon\n`,
    ],
    [
      'a bundled copy of the same version is the same constraint',
      '-c /usr/local/airflow/dags/constraints-3.0.6.txt\n',
      `${C_306}\napache-airflow-providers-amazon\n`,
      '-c /usr/local/airflow/dags/constraints-3.0.6.txt\napache-airflow-providers-amazon\n',
    ],
    [
      'a file without constraints gets the constraint line first',
      'pandas\n',
      `${C_306}\napache-airflow-providers-amazon\n`,
      `${C_306}\npandas\napache-airflow-providers-amazon\n`,
    ],
    [
      'CRLF stays CRLF, added lines included',
      `${C_306}\r\npandas\r\n`,
      BUNDLE,
      `${C_306}\r\npandas\r\napache-airflow-providers-amazon\r\napache-airflow-providers-standard\r\n`,
    ],
    [
      'no trailing newline: one is added before the new lines',
      `${C_306}\npandas`,
      `${C_306}\napache-airflow-providers-amazon\n`,
      `${C_306}\npandas\napache-airflow-providers-amazon\n`,
    ],
    [
      'a last line ending in a backslash is closed before the new lines',
      `${C_306}\npandas \\`,
      `${C_306}\napache-airflow-providers-amazon\n`,
      `${C_306}\npandas \\\n\napache-airflow-providers-amazon\n`,
    ],
    [
      'a UTF-8 BOM stays first',
      '\uFEFFpandas\n',
      `${C_306}\napache-airflow-providers-amazon\n`,
      `\uFEFF${C_306}\npandas\napache-airflow-providers-amazon\n`,
    ],
    [
      '-r and options are kept; names inside -r files are not read',
      `${C_306}\n-r team.txt\n--extra-index-url https://pypi.example.com/simple\n`,
      `${C_306}\napache-airflow-providers-amazon\n`,
      `${C_306}\n-r team.txt\n--extra-index-url https://pypi.example.com/simple\napache-airflow-providers-amazon\n`,
    ],
    [
      'duplicate names in the bundle are added once',
      '',
      `${C_306}\napache-airflow-providers-amazon\napache_airflow_providers_amazon\n`,
      `${C_306}\napache-airflow-providers-amazon\n`,
    ],
    [
      'duplicate names already in the file are both kept',
      `${C_306}\npandas\npandas>=2\n`,
      `${C_306}\npandas\n`,
      `${C_306}\npandas\npandas>=2\n`,
    ],
    [
      'an old-format bundle (pins, comments, no constraint) adds its missing pins only',
      `${C_306}\napache-airflow-providers-amazon\n`,
      '# Provider packages this DAG imports, pinned for Airflow 3.x.\n# Generated by dag-designer; edit the design, not this file.\napache-airflow-providers-amazon==9.15.0\napache-airflow-providers-http==5.0.0\n',
      `${C_306}\napache-airflow-providers-amazon\napache-airflow-providers-http==5.0.0\n`,
    ],
    [
      "a second design's lines keep the first design's",
      `${C_306}\napache-airflow-providers-amazon\n`,
      `${C_306}\napache-airflow-providers-http\n`,
      `${C_306}\napache-airflow-providers-amazon\napache-airflow-providers-http\n`,
    ],
  ];

  it.each(cases)('%s', (_, current, bundle, merged) => {
    const outcome = mergeRequirements(current, bundle);
    expect(outcome).toMatchObject({ ok: true, text: merged });
  });

  it.each(cases.filter(([, current]) => current !== null))(
    'is idempotent: merging again changes nothing (%s)',
    (_, current, bundle) => {
      const once = mergeRequirements(current, bundle);
      if (!once.ok) throw new Error('refused');
      expect(mergeRequirements(once.text, bundle)).toMatchObject({
        ok: true,
        changed: false,
        text: once.text,
        added: [],
      });
    },
  );
});

describe('mergeRequirements: what it reports', () => {
  it('is unchanged, byte for byte, when every line is present', () => {
    const current = `# ours\r\n-c ${URL_306}\r\napache-airflow-providers-amazon==9.12.0\r\napache-airflow-providers-standard`;
    expect(mergeRequirements(current, BUNDLE)).toEqual({
      ok: true,
      text: current,
      changed: false,
      added: [],
      notes: [],
    });
  });

  it('lists the added lines, the constraint line first', () => {
    const outcome = mergeRequirements('pandas\n', BUNDLE);
    expect(outcome).toMatchObject({
      added: [C_306, 'apache-airflow-providers-amazon', 'apache-airflow-providers-standard'],
    });
  });

  it('notes an old-format bundle whose pins go under constraints', () => {
    const outcome = mergeRequirements(`${C_306}\n`, 'apache-airflow-providers-amazon==9.15.0\n');
    expect(outcome.ok && outcome.notes[0]).toMatch(/no --constraint line \(an older export\)/);
  });

  it.each([
    ['no file yet', null],
    ['a file without constraints', 'pandas\n'],
    ['a file that already names the package', `${C_306}\napache-airflow-providers-amazon\n`],
  ])('has no note for an old-format bundle into %s', (_, current) => {
    const outcome = mergeRequirements(current, 'apache-airflow-providers-amazon==9.15.0\n');
    expect(outcome).toMatchObject({ ok: true, notes: [] });
  });

  it('refuses constraints of another Airflow version, showing both lines', () => {
    const current = `# prod\n-c ${URL_321}\npandas\n`;
    expect(mergeRequirements(current, BUNDLE)).toEqual({
      ok: false,
      problem: 'the current requirements.txt installs under other constraints than this bundle',
      currentLine: `-c ${URL_321}`,
      bundleLine: C_306,
    });
  });

  it('refuses a file that already names two different constraints', () => {
    const current = `-c ${URL_306}\n-c ${URL_321}\n`;
    expect(mergeRequirements(current, BUNDLE)).toMatchObject({
      ok: false,
      currentLine: `-c ${URL_306}`,
      bundleLine: `-c ${URL_321}`,
    });
  });

  it('keeps a constraint of its own when the bundle (old format) has none', () => {
    const current = '-c /usr/local/airflow/dags/my-constraints.txt\n';
    const outcome = mergeRequirements(current, 'apache-airflow-providers-amazon==9.15.0\n');
    expect(outcome).toMatchObject({
      ok: true,
      text: `${current}apache-airflow-providers-amazon==9.15.0\n`,
    });
  });
});
