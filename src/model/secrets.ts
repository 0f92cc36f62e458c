/**
 * Credentials must not live in a design file (it goes to git and to S3):
 * they belong in an Airflow Connection or Variable (or the MWAA secrets
 * backend). This scanner looks at every string the export writes (and so
 * uploads): DAG settings (tags, description, doc_md, params' default,
 * description and enum, default_args), group ids and tooltips, task ids,
 * args (nested values and keys), custom module/class, Python source.
 *
 * It matches credential shapes, not words: token formats by their exact
 * shapes (AWS key ids, private key blocks, GitHub/Slack/Stripe tokens, JWTs,
 * bearer tokens, `user:password@` URLs), and a name is secret-ish only when
 * its last word is one (`db_password`, `api_key`, `client_secret`,
 * `auth_token`; not `tokenizer`, `api_key_status`, `secret_arn`). A
 * secret-named value is flagged only when it holds a literal (Jinja such as
 * `{{ conn.db.password }}` or `{{ var.value.token }}`, env references like
 * `$PGPASSWORD`, and empty values are fine).
 */
import { CALLBACK_KEYS, type Design, type JsonValue } from '../design/design.ts';
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
    // `=` / `:` or plain whitespace: `aws configure set aws_secret_access_key <key>`.
    re: /\baws_secret_access_key["']?(?:\s*[=:]\s*|\s+)["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i,
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
  {
    // `Authorization: Bearer <literal>`; `Bearer {{ var.value.t }}` has no literal after it.
    re: /\bBearer\s+[A-Za-z0-9\-._~+/]{20,}=*(?![A-Za-z0-9\-._~+/{])/,
    kind: 'a bearer token',
    advice: VARIABLE_ADVICE('api_token') + ', or an HTTP Connection',
  },
];

/** `scheme://user:password@host` with a literal password. */
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@{}'"]+:([^\s@/{}'"]+)@/i;

/**
 * `password = "literal"` in code, or shell-style `PGPASSWORD=literal` (no
 * spaces, not followed by `(` or `[`: `password=get_pw()` is code).
 */
const ASSIGNMENT =
  /\b([A-Za-z][A-Za-z0-9_]*)(?:["']?\s*[:=]\s*["']([^"'\s{}$]{4,})["']|=([^"'\s{}$;&|()<>[\]`,]{4,})(?=$|[\s;&|]))/g;

/** SQL `PASSWORD 'literal'` / `IDENTIFIED BY 'literal'`. */
const SQL_PASSWORD = /\b(?:PASSWORD|IDENTIFIED\s+BY)\s+'([^'{}$]+)'/i;

/** Last words that make a name hold a secret; `pass` and `pwd` only as whole words. */
const SECRET_LAST_WORD =
  /^(?:[a-z0-9]*(?:password|passwd|secret|token|apikey)|pass|pwd|passphrase)$/;
/** `..._key` is a secret only after one of these (`api_key`, `secret_key`; not `sort_key`). */
const SECRET_KEY_QUALIFIER = /^(?:api|private|secret|access|signing|encryption|client|master)$/;

/** `dbPassword2` / `DB_PASSWORD` / `api-key` -> lower-case words. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** True when a value holds nothing literal: empty, only Jinja, or an env reference. */
function isIndirect(value: string): boolean {
  const rest = value.replace(/\{\{[\s\S]*?\}\}/g, '').trim();
  return rest === '' || /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(rest);
}

/** The name's last word names a secret: `db_password`, `api_key`, `SLACK_TOKEN`, not `tokenizer` or `secret_arn`. */
export function isSecretName(name: string): boolean {
  const w = words(name);
  const last = w[w.length - 1];
  if (last === undefined) return false;
  if (SECRET_LAST_WORD.test(last)) return true;
  return last === 'key' && SECRET_KEY_QUALIFIER.test(w[w.length - 2] ?? '');
}

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
  for (const assigned of value.matchAll(ASSIGNMENT)) {
    if (isSecretName(assigned[1]!) && !isIndirect(assigned[2] ?? assigned[3]!)) {
      return { kind: `a literal ${assigned[1]} in the text`, advice: CONNECTION_PASSWORD_ADVICE };
    }
  }
  if (SQL_PASSWORD.test(value)) {
    return { kind: 'a literal password in SQL', advice: CONNECTION_PASSWORD_ADVICE };
  }
  return null;
}

/**
 * Walk a JSON value; `name` is the nearest object key (what the value is
 * "called"). Keys are scanned too: args and op_kwargs keys are written into
 * the file as well.
 */
function scanValue(value: JsonValue, path: string, name: string | null, out: Finding[]): void {
  if (typeof value === 'string') {
    const hit = detectSecret(value, name);
    if (hit) out.push(secretFinding(path, hit));
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => scanValue(v, childPath(path, i), name, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const keyHit = detectSecret(k);
      if (keyHit) out.push(secretFinding(childPath(path, k), keyHit));
      scanValue(v, childPath(path, k), k, out);
    }
  }
}

const secretFinding = (path: string, hit: SecretHit): Finding =>
  errorFinding(
    'secret-in-design',
    path,
    `This looks like ${hit.kind}. Secrets must not be saved in the design (it ends up in git and S3): ${hit.advice}.`,
  );

/** A design field that may be absent or null. */
function scanOptional(
  value: JsonValue | undefined,
  path: string,
  name: string | null,
  out: Finding[],
) {
  if (value !== undefined && value !== null) scanValue(value, path, name, out);
}

/**
 * Every string the export writes, by the same rules. Left out: `ui`
 * (positions), `estimated_duration` (design-only numbers) and the format
 * header; everything else reaches the DAG file or the manifest.
 */
export function scanDesignForSecrets(design: Design): Finding[] {
  const out: Finding[] = [];
  const dag = design.dag;
  scanValue(dag.dag_id, 'dag.dag_id', null, out);
  scanOptional(dag.description, 'dag.description', null, out);
  if (typeof dag.schedule === 'object' && dag.schedule !== null) {
    // An asset URI can carry credentials (`postgres://user:pw@host/db`).
    scanValue(dag.schedule.assets, 'dag.schedule.assets', null, out);
    scanOptional(dag.schedule.cron, 'dag.schedule.cron', null, out);
  } else scanOptional(dag.schedule, 'dag.schedule', null, out);
  scanValue(dag.tags, 'dag.tags', null, out);
  scanValue(dag.default_args, 'dag.default_args', null, out);
  for (const [name, param] of Object.entries(dag.params)) {
    const path = childPath('dag.params', name);
    const keyHit = detectSecret(name);
    if (keyHit) out.push(secretFinding(path, keyHit));
    // A param's default is "called" by the param's name (`db_password`).
    scanOptional(param.default, childPath(path, 'default'), name, out);
    scanOptional(param.description, childPath(path, 'description'), null, out);
    scanOptional(param.enum, childPath(path, 'enum'), name, out);
  }
  scanOptional(dag.doc_md, 'dag.doc_md', null, out);
  // Alert notifiers' arguments (default_args and task args are walked whole above and below).
  for (const key of CALLBACK_KEYS) {
    dag[key]?.forEach((call, i) =>
      scanValue(call.args, childPath(`dag.${key}`, i, 'args'), null, out),
    );
  }
  design.groups.forEach((g, i) => {
    scanValue(g.group_id, `groups[${i}].group_id`, null, out);
    scanOptional(g.tooltip, `groups[${i}].tooltip`, null, out);
  });
  design.tasks.forEach((t, i) => {
    scanValue(t.task_id, `tasks[${i}].task_id`, null, out);
    if (t.custom) {
      scanValue(t.custom.module, `tasks[${i}].custom.module`, null, out);
      scanValue(t.custom.class, `tasks[${i}].custom.class`, null, out);
    }
    scanValue(t.args, `tasks[${i}].args`, null, out);
    // A mapped argument's literal list is written into the file like args (called by its name).
    for (const [name, source] of Object.entries(t.expand ?? {})) {
      if (Array.isArray(source))
        scanValue(source, childPath(`tasks[${i}].expand`, name), name, out);
    }
    scanOptional(t.python, `tasks[${i}].python`, null, out);
    scanOptional(t.outlets, `tasks[${i}].outlets`, null, out);
    scanOptional(t.inlets, `tasks[${i}].inlets`, null, out);
  });
  return out;
}
