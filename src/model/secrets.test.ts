import { describe, expect, it } from 'vitest';
import { detectSecret, isSecretName, scanDesignForSecrets } from './secrets.ts';
import { bash, makeDesign, task } from '../testing/fake-catalog.ts';

describe('detectSecret: credentials are found', () => {
  it.each([
    ['AWS access key id', 'aws s3 ls --key AKIAIOSFODNN7EXAMPLE', /AWS access key id/],
    ['AWS session key id', 'ASIAY34FZKBOKMUTVV7A', /AWS access key id/],
    [
      'AWS secret in text',
      "COPY t FROM 's3://b/k' CREDENTIALS 'aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'",
      /AWS secret access key/,
    ],
    [
      'private key',
      '-----BEGIN RSA PRIVATE KEY-----\nMIIEow...\n-----END RSA PRIVATE KEY-----',
      /private key/,
    ],
    ['openssh private key', '-----BEGIN OPENSSH PRIVATE KEY-----', /private key/],
    [
      'GitHub token',
      'git clone https://ghp_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ@github.com/x/y',
      /GitHub/,
    ],
    ['GitHub fine-grained token', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnop', /GitHub/],
    ['Slack bot token', 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOp', /Slack/],
    [
      'Slack webhook',
      'curl https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXX',
      /Slack/,
    ],
    ['Stripe key', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc', /Stripe/],
    [
      'JWT',
      'curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"',
      /JWT/,
    ],
    [
      'URL credentials',
      'psql postgres://admin:hunter2@db.internal:5432/prod',
      /URL with an inline password/,
    ],
    ['python assignment', 'def run():\n    api_key = "abcd1234efgh5678"\n', /api_key/],
    ['bash export', 'export DB_PASSWORD="Secr3tValue" && ./load', /DB_PASSWORD/],
    ['SQL password', "CREATE USER etl PASSWORD 'Tr0ub4dor3'", /password in SQL/],
  ])('%s', (_name, value, kind) => {
    const hit = detectSecret(value);
    expect(hit).not.toBeNull();
    expect(hit!.kind).toMatch(kind);
  });

  it('flags secret-named keys with literal values', () => {
    expect(detectSecret('hunter22', 'password')?.kind).toMatch(/password/);
    expect(detectSecret('x', 'api_key')?.advice).toMatch(/var\.value\.api_key/);
    expect(detectSecret('abc', 'SLACK_TOKEN')?.advice).toMatch(/var\.value/);
    expect(detectSecret('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws_secret')?.kind).toMatch(
      /AWS secret/,
    );
    expect(detectSecret('pw', 'db_passwd')?.advice).toMatch(/conn\./);
  });
});

describe('detectSecret: ordinary values are not flagged', () => {
  it.each([
    ['SQL', "SELECT user_id, token_count FROM events WHERE ds = '{{ ds }}' AND status = 'active'"],
    ['SQL with token column', "UPDATE sessions SET token_type = 'bearer' WHERE id = 1"],
    ['bash', 'aws s3 sync s3://raw/{{ ds }}/ /tmp/in && python load.py --day {{ ds }}'],
    ['bash with env reference', 'psql "postgres://etl:$PGPASSWORD@db/prod" -c "select 1"'],
    ['URL without password', 'curl https://api.example.com/v1/items?page=2'],
    ['URL with user only', 'git clone ssh://git@github.com/org/repo.git'],
    ['Jinja URL', 'postgres://{{ conn.db.login }}:{{ conn.db.password }}@{{ conn.db.host }}/x'],
    [
      'python reading a variable',
      'def run():\n    token = Variable.get("api_token")\n    password = os.environ["PW"]\n',
    ],
    ['upper-case identifiers', 'SELECT * FROM AKIA_TABLE_LIST'],
    ['a hash', 'sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
  ])('%s', (_name, value) => {
    expect(detectSecret(value)).toBeNull();
  });

  it('accepts Jinja, env references and empty values under secret names', () => {
    expect(detectSecret('{{ var.value.api_key }}', 'api_key')).toBeNull();
    expect(detectSecret('{{ conn.db.password }}', 'password')).toBeNull();
    expect(detectSecret('', 'password')).toBeNull();
    expect(detectSecret('$DB_PASSWORD', 'DB_PASSWORD')).toBeNull();
  });

  it('does not treat references to secrets as secrets', () => {
    for (const name of [
      'password_conn_id',
      'secret_name',
      'secret_arn',
      'token_url',
      'aws_secret_id',
      'api_key_var',
    ]) {
      expect(isSecretName(name), name).toBe(false);
      expect(detectSecret('prod/db', name), name).toBeNull();
    }
    expect(isSecretName('client_secret')).toBe(true);
    expect(isSecretName('pwd')).toBe(true);
  });
});

describe('scanDesignForSecrets', () => {
  it('scans dag text, default_args, params, args (nested) and python with exact paths', () => {
    const design = makeDesign({
      dag: {
        description: 'Load with AKIAIOSFODNN7EXAMPLE',
        default_args: { owner: 'o', api_token: 'literal-token' },
        params: { db_password: { default: 'p4ss', type: 'string' } },
        doc_md: 'clean',
      },
      tasks: [
        bash('a', 'echo', {
          args: { bash_command: 'echo', env: { X: ['ok', 'postgres://u:p@h/db'] } },
        }),
        task('p', { operator: 'PythonOperator', python: 'def f():\n    secret = "abcdefgh"\n' }),
      ],
    });
    expect(scanDesignForSecrets(design).map((f) => [f.code, f.path])).toEqual([
      ['secret-in-design', 'dag.description'],
      ['secret-in-design', 'dag.default_args.api_token'],
      ['secret-in-design', 'dag.params.db_password.default'],
      ['secret-in-design', 'tasks[0].args.env.X[1]'],
      ['secret-in-design', 'tasks[1].python'],
    ]);
  });

  it('messages say what to use instead', () => {
    const [f] = scanDesignForSecrets(makeDesign({ dag: { default_args: { password: 'x1' } } }));
    expect(f!.severity).toBe('error');
    expect(f!.message).toMatch(/Connection/);
    expect(f!.message).toMatch(/\{\{ conn\.<conn_id>\.password \}\}/);
  });
});
