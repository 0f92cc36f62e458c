/**
 * Credentials must not live in a design file (it goes to git and to S3):
 * they belong in an Airflow Connection or Variable (or the MWAA secrets
 * backend). This scanner looks at every string of the design: DAG text,
 * default_args, params, task args (nested too), Python source.
 *
 * It aims for few false positives on ordinary SQL and bash: token formats
 * are matched by their exact shapes, and a secret-named argument is flagged
 * only when it holds a literal (Jinja such as `{{ conn.db.password }}` or
 * `{{ var.value.token }}`, env references like `$PGPASSWORD`, and empty
 * values are fine).
 */
import type { Design, JsonValue } from '../design/design.ts';
import { errorFinding, type Finding } from './findings.ts';
import { childPath } from './paths.ts';

export interface SecretHit {
  /** What was found, e.g. "an AWS access key id". */
  kind: string;
  /** Where it should live instead. */
  advice: string;
}

const AWS_ADVICE =
  'use an Airflow Connection (aws_conn_id, e.g. "aws_default") or the MWAA execution role instead';
const VARIABLE_ADVICE = (name: string) =>
  `store it in an Airflow Variable (or the secrets backend) and reference it as {{ var.value.${name} }}`;
const CONNECTION_PASSWORD_ADVICE =
  'put it in an Airflow Connection and reference it as {{ conn.<conn_id>.password }} (or pass the operator its *_conn_id)';

/** Token shapes that are credentials wherever they appear. */
const PATTERNS: readonly { re: RegExp; kind: string; advice: string }[] = [
  {
    re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/,
    kind: 'a private key block',
    advice:
      'store the key in a Connection (e.g. an SSH connection\'s "private_key" extra) or the secrets backend',
  },
  { re: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/, kind: 'an AWS access key id', advice: AWS_ADVICE },
  {
    re: /\baws_secret_access_key["']?\s*[=:]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i,
    kind: 'an AWS secret access key',
    advice: AWS_ADVICE,
  },
  {
    re: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/,
    kind: 'a GitHub token',
    advice: 'use a GitHub Connection (github_conn_id) or ' + VARIABLE_ADVICE('github_token'),
  },
  {
    re: /\bxox[abposr]-[A-Za-z0-9-]{10,}|hooks\.slack\.com\/services\/T[A-Za-z0-9]+\/B[A-Za-z0-9]+\/[A-Za-z0-9]+/,
    kind: 'a Slack token or webhook',
    advice: 'use a Slack Connection (slack_conn_id / slack_webhook_conn_id) instead',
  },
  {
    re: /\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}\b/,
    kind: 'a Stripe key',
    advice: VARIABLE_ADVICE('stripe_api_key'),
  },
  {
    re: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/,
    kind: 'a JWT (bearer token)',
    advice: VARIABLE_ADVICE('api_token') + ', or an HTTP Connection',
  },
];

/** `scheme://user:password@host` with a literal password. */
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@{}'"]+:([^\s@/{}'"]+)@/i;

/** `password = "literal"` style assignments inside code or scripts. */
const ASSIGNMENT =
  /\b([A-Za-z0-9_]*(?:password|passwd|secret|token|api_?key)[A-Za-z0-9_]*)["']?\s*[:=]\s*["']([^"'\s{}$]{4,})["']/i;

/** SQL `PASSWORD 'literal'` / `IDENTIFIED BY 'literal'`. */
const SQL_PASSWORD = /\b(?:PASSWORD|IDENTIFIED\s+BY)\s+'([^'{}$]+)'/i;

const SECRET_NAME =
  /pass(?:word|wd)|(?:^|[^a-z])pwd(?:$|[^a-z])|secret|token|api[_-]?key|apikey|private[_-]?key/i;
/** Names that point at a secret instead of holding one. */
const REFERENCE_NAME =
  /(?:conn_id|_id|_ids|_name|_path|_file|_arn|_var|_variable|_env|_field|_type|_url|_uri|_endpoint|_header|_location|_prefix|_key_name|_len|_length|_expiry|_ttl)$/i;

/** True when a value holds nothing literal: empty, only Jinja, or an env reference. */
function isIndirect(value: string): boolean {
  const rest = value.replace(/\{\{[\s\S]*?\}\}/g, '').trim();
  return rest === '' || /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(rest);
}

export const isSecretName = (name: string): boolean =>
  SECRET_NAME.test(name) && !REFERENCE_NAME.test(name);

/**
 * Does this string (found under argument/key `name`) look like a credential?
 * Returns the first kind found.
 */
export function detectSecret(value: string, name: string | null = null): SecretHit | null {
  for (const p of PATTERNS) if (p.re.test(value)) return { kind: p.kind, advice: p.advice };
  const url = URL_CREDENTIALS.exec(value);
  if (url && !isIndirect(url[1]!)) {
    return {
      kind: 'a URL with an inline password',
      advice:
        'put host, login and password in an Airflow Connection and pass its conn_id (or {{ conn.<conn_id>.get_uri() }})',
    };
  }
  if (name !== null && isSecretName(name) && !isIndirect(value)) {
    if (/secret/i.test(name) && /^[A-Za-z0-9/+]{40}$/.test(value.trim())) {
      return { kind: 'an AWS secret access key', advice: AWS_ADVICE };
    }
    return {
      kind: `a literal value for "${name}"`,
      advice: /token|api[_-]?key|apikey/i.test(name)
        ? VARIABLE_ADVICE(name.toLowerCase())
        : CONNECTION_PASSWORD_ADVICE,
    };
  }
  const assigned = ASSIGNMENT.exec(value);
  if (assigned && !REFERENCE_NAME.test(assigned[1]!)) {
    return { kind: `a literal ${assigned[1]} in the text`, advice: CONNECTION_PASSWORD_ADVICE };
  }
  if (SQL_PASSWORD.test(value)) {
    return { kind: 'a literal password in SQL', advice: CONNECTION_PASSWORD_ADVICE };
  }
  return null;
}

/** Walk a JSON value; `name` is the nearest object key (what the value is "called"). */
function scanValue(value: JsonValue, path: string, name: string | null, out: Finding[]): void {
  if (typeof value === 'string') {
    const hit = detectSecret(value, name);
    if (hit) out.push(secretFinding(path, hit));
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => scanValue(v, childPath(path, i), name, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) scanValue(v, childPath(path, k), k, out);
  }
}

const secretFinding = (path: string, hit: SecretHit): Finding =>
  errorFinding(
    'secret-in-design',
    path,
    `This looks like ${hit.kind}. Secrets must not be saved in the design (it ends up in git and S3): ${hit.advice}.`,
  );

export function scanDesignForSecrets(design: Design): Finding[] {
  const out: Finding[] = [];
  const dag = design.dag;
  if (dag.description !== null) scanValue(dag.description, 'dag.description', null, out);
  scanValue(dag.default_args, 'dag.default_args', null, out);
  for (const [name, param] of Object.entries(dag.params)) {
    if (param.default !== undefined) {
      scanValue(param.default, childPath('dag.params', name, 'default'), name, out);
    }
  }
  if (dag.doc_md !== null) scanValue(dag.doc_md, 'dag.doc_md', null, out);
  design.tasks.forEach((t, i) => {
    scanValue(t.args, `tasks[${i}].args`, null, out);
    if (t.python !== undefined) scanValue(t.python, `tasks[${i}].python`, null, out);
  });
  return out;
}
