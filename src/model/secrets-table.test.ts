/**
 * Issue 10's secrets table: credential shapes found wherever the export
 * writes a string, and the words that merely contain "token" or "key" left
 * alone. Each row is one value (under an optional key name).
 */
import { describe, expect, it } from 'vitest';
import { detectSecret, scanDesignForSecrets } from './secrets.ts';
import { bash, makeDesign, task } from '../testing/fake-catalog.ts';

const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

const TRUE_POSITIVES: [string, string, string | null, RegExp][] = [
  [
    'aws configure, no = or :',
    `aws configure set aws_secret_access_key ${AWS_SECRET}`,
    null,
    /AWS secret/,
  ],
  ['AWS secret after =', `aws_secret_access_key=${AWS_SECRET}`, null, /AWS secret/],
  ['AWS secret in JSON', `{"aws_secret_access_key": "${AWS_SECRET}"}`, null, /AWS secret/],
  ['AWS key id', 'AKIAIOSFODNN7EXAMPLE', null, /AWS access key id/],
  ['AWS session key id', 'ASIAY34FZKBOKMUTVV7A', null, /AWS access key id/],
  ['private key block', '-----BEGIN PRIVATE KEY-----\nMII...', null, /private key/],
  ['EC private key block', '-----BEGIN EC PRIVATE KEY-----', null, /private key/],
  ['GitHub token', 'ghp_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ', null, /GitHub/],
  ['Slack token', 'xoxp-123456789012-abcdefghijkl', null, /Slack/],
  ['password= in a shell line', 'PGPASSWORD=hunter22 psql -h db', null, /PGPASSWORD/],
  ['password = "..." in Python', 'db_password = "s3cr3t-value"', null, /db_password/],
  ['secret: in YAML-ish text', "client_secret: 'abcd1234'", null, /client_secret/],
  [
    'bearer token',
    'curl -H "Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345" x',
    null,
    /bearer/,
  ],
  ['user:password@ URL', 'mysql://etl:hunter2@db:3306/x', null, /URL with an inline password/],
  ['literal under a password key', 'hunter22', 'password', /literal value/],
  ['literal under an api key', 'abcd', 'API_KEY', /literal value/],
  ['literal under a camelCase token key', 'abcd', 'authToken', /literal value/],
  ['literal under secret_key', 'abcd', 'secret_key', /literal value/],
];

const FALSE_POSITIVES: [string, string, string | null][] = [
  ['op_kwargs key tokenizer', 'bert-base-uncased', 'tokenizer'],
  ['SQL api_key_status', "SELECT * FROM keys WHERE api_key_status = 'revoked'", null],
  ['SQL token_type column', "UPDATE s SET token_type = 'bearer' WHERE id = 1", null],
  ['Jinja variable', '{{ var.value.api_token }}', 'api_token'],
  ['Jinja connection password', '{{ conn.db.password }}', 'password'],
  ['Jinja in a shell assignment', 'PGPASSWORD={{ conn.db.password }} psql', null],
  ['env reference', 'PGPASSWORD=$PW psql', null],
  ['Jinja bearer', 'Authorization: Bearer {{ var.value.api_token }}', null],
  ['password from code', 'password=get_password()', null],
  ['token from a dict', 'token=os.environ["TOKEN"]', null],
  ['word containing key', 'monkey_business', 'keyboard'],
  ['sort key', 'ds', 'sort_key'],
  ['secret ARN reference', 'arn:aws:secretsmanager:eu-west-1:1:secret:x', 'secret_arn'],
  ['max_tokens', '512', 'max_tokens'],
  ['bypass', 'true', 'bypass'],
  ['password policy word', 'password_min_length=12', null],
  ['URL without password', 'https://user@example.com/x', null],
];

describe('secret shapes', () => {
  it.each(TRUE_POSITIVES)('finds %s', (_name, value, key, kind) => {
    expect(detectSecret(value, key)?.kind).toMatch(kind);
  });

  it.each(FALSE_POSITIVES)('leaves %s alone', (_name, value, key) => {
    expect(detectSecret(value, key)).toBeNull();
  });
});

describe('every string the export writes is scanned', () => {
  it('finds a key id in tags, tooltips, param description and enum, custom args and keys', () => {
    const key = 'AKIAIOSFODNN7EXAMPLE';
    const design = makeDesign({
      dag: {
        tags: ['ok', key],
        params: { region: { default: 'eu', description: `use ${key}`, enum: ['eu', key] } },
      },
      groups: [{ group_id: 'g', parent: null, tooltip: key }],
      tasks: [
        task('c', {
          operator: 'custom',
          custom: { module: 'my_pkg', class: 'Op' },
          args: { headers: { [key]: 'x' }, note: key },
          group: 'g',
        }),
      ],
    });
    expect(scanDesignForSecrets(design).map((f) => f.path)).toEqual([
      'dag.tags[1]',
      'dag.params.region.description',
      'dag.params.region.enum[1]',
      'groups[0].tooltip',
      `tasks[0].args.headers.${key}`,
      'tasks[0].args.note',
    ]);
  });

  it('does not refuse op_kwargs tokenizer or an api_key_status query', () => {
    const design = makeDesign({
      tasks: [
        task('p', {
          operator: 'PythonOperator',
          python: 'def f(**kw):\n    return kw\n',
          args: { op_kwargs: { tokenizer: 'bert-base-uncased' } },
        }),
        bash('q', 'psql -c "SELECT id FROM k WHERE api_key_status = \'revoked\'"'),
      ],
    });
    expect(scanDesignForSecrets(design)).toEqual([]);
  });
});
