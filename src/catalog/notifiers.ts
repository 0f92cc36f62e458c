/**
 * The notifier catalog: Airflow notifier classes an alert list
 * (`on_failure_callback`, ...) may name, per MWAA target, with their
 * arguments. Measured against each MWAA version's venv
 * (`inspect.signature(<Notifier>.__init__)` and `template_fields`, see
 * tests/airflow/catalog.test.ts checks them like operators):
 *
 * - SnsNotifier, SqsNotifier (amazon, preinstalled on MWAA): every target.
 * - SesNotifier: amazon 9.15.0 and newer (MWAA 2.11.2, 3.2.1, 3.3.1).
 * - SmtpNotifier (smtp, preinstalled): every target; `from_email` is required
 *   by smtp 1.8.0 (MWAA 2.10.x) and optional from 2.1.0; `auth_type` from 2.2.0.
 * - HttpNotifier: http 5.5.0 and newer (MWAA 2.11.2, 3.2.1, 3.3.1).
 *
 * Left out on purpose: ChimeNotifier (Amazon Chime ends service) and the
 * Slack, Apprise, PagerDuty, Opsgenie notifiers, whose providers MWAA's
 * constraints pin but MWAA does not preinstall (and our venvs do not hold,
 * so their exports could not be proven to import).
 */
import { AIRFLOW_TARGETS, type AirflowTarget } from '../design/targets.ts';
import { arg, requiredArg } from './define.ts';
import { AMAZON_PROVIDER, HTTP_PROVIDER, SMTP_PROVIDER } from './import-paths.ts';
import { providerAtLeast } from './providers.ts';
import type { ArgSpec } from './types.ts';

/** One notifier as it looks on one target. */
export interface NotifierTargetSpec {
  module: string;
  className: string;
  provider: string;
  args: readonly ArgSpec[];
  unavailable: readonly ArgSpec[];
}

export interface NotifierSpec {
  /** The class name, as written in designs (`"notifier": "SnsNotifier"`). */
  key: string;
  label: string;
  description: string;
  /** The provider version that introduced the class (absent: every target has it). */
  needs?: { provider: string; version: string };
  /** Missing targets: the class does not exist there (unsupported-on-target). */
  targets: Partial<Record<AirflowTarget, NotifierTargetSpec>>;
}

interface NotifierDefinition {
  key: string;
  label: string;
  description: string;
  module: string;
  provider: string;
  needs?: { provider: string; version: string };
  args: (target: AirflowTarget) => readonly ArgSpec[];
}

function defineNotifier(def: NotifierDefinition): NotifierSpec {
  const targets: Partial<Record<AirflowTarget, NotifierTargetSpec>> = {};
  for (const target of AIRFLOW_TARGETS) {
    if (def.needs && !providerAtLeast(target, def.needs.provider, def.needs.version)) continue;
    const args = def.args(target);
    const has = (spec: ArgSpec) =>
      !spec.needs || providerAtLeast(target, spec.needs.provider, spec.needs.version);
    targets[target] = {
      module: def.module,
      className: def.key,
      provider: def.provider,
      args: args.filter(has),
      unavailable: args.filter((spec) => !has(spec)),
    };
  }
  return {
    key: def.key,
    label: def.label,
    description: def.description,
    ...(def.needs ? { needs: def.needs } : {}),
    targets,
  };
}

const t = { templated: true };

const awsConn = (): ArgSpec[] => [
  arg(
    'aws_conn_id',
    'string',
    "Airflow Connection with the AWS credentials. On MWAA keep 'aws_default' (the environment's execution role).",
    { default: 'aws_default', templated: true },
  ),
  arg('region_name', 'string', "AWS region (default: the connection's).", t),
];

export const SnsNotifier = defineNotifier({
  key: 'SnsNotifier',
  label: 'SNS topic',
  description: 'Publishes a message to an SNS topic (e-mail, chat, PagerDuty... subscribers).',
  module: 'airflow.providers.amazon.aws.notifications.sns',
  provider: AMAZON_PROVIDER,
  args: () => [
    requiredArg('target_arn', 'string', 'Topic (or endpoint) ARN.', t),
    requiredArg('message', 'text', 'Message body, Jinja allowed (e.g. {{ dag.dag_id }}).', t),
    arg('subject', 'string', 'Subject (e-mail subscriptions).', t),
    arg('message_attributes', 'json', 'Message attributes, e.g. {"source": "airflow"}.', t),
    ...awsConn(),
  ],
});

export const SqsNotifier = defineNotifier({
  key: 'SqsNotifier',
  label: 'SQS queue',
  description: 'Sends a message to an SQS queue.',
  module: 'airflow.providers.amazon.aws.notifications.sqs',
  provider: AMAZON_PROVIDER,
  args: () => [
    requiredArg('queue_url', 'string', 'Queue URL.', t),
    requiredArg('message_body', 'text', 'Message body, Jinja allowed.', t),
    arg('message_attributes', 'json', 'Message attributes as in SQS SendMessage.', t),
    arg('message_group_id', 'string', 'Message group (FIFO queues only).', t),
    arg('delay_seconds', 'integer', 'Seconds SQS delays delivery (0-900).', {
      default: 0,
      templated: true,
    }),
    ...awsConn(),
  ],
});

export const SesNotifier = defineNotifier({
  key: 'SesNotifier',
  label: 'SES e-mail',
  description: 'Sends an e-mail through Amazon SES.',
  module: 'airflow.providers.amazon.aws.notifications.ses',
  provider: AMAZON_PROVIDER,
  needs: { provider: AMAZON_PROVIDER, version: '9.15.0' },
  args: () => [
    requiredArg('mail_from', 'string', 'Sender address (verified in SES).', t),
    requiredArg('to', 'string_list', 'Recipient addresses.', t),
    requiredArg('subject', 'string', 'Subject line, Jinja allowed.', t),
    requiredArg('html_content', 'text', 'HTML body, Jinja allowed.', t),
    arg('cc', 'string_list', 'Cc addresses.', t),
    arg('bcc', 'string_list', 'Bcc addresses.', t),
    arg('reply_to', 'string', 'Reply-To address.', t),
    ...awsConn(),
  ],
});

export const SmtpNotifier = defineNotifier({
  key: 'SmtpNotifier',
  label: 'E-mail (SMTP)',
  description:
    "Sends an e-mail through the SMTP connection (Airflow 3's replacement of email_on_failure).",
  module: 'airflow.providers.smtp.notifications.smtp',
  provider: SMTP_PROVIDER,
  args: (target) => {
    const fromHelp = 'Sender address (default: the connection’s from_email).';
    return [
      requiredArg('to', 'string_list', 'Recipient addresses.', t),
      providerAtLeast(target, SMTP_PROVIDER, '2.1.0')
        ? arg('from_email', 'string', fromHelp, t)
        : requiredArg('from_email', 'string', 'Sender address.', t),
      arg('subject', 'string', 'Subject line, Jinja allowed (default: Airflow’s own).', t),
      arg('html_content', 'text', 'HTML body, Jinja allowed (default: Airflow’s own).', t),
      arg('cc', 'string_list', 'Cc addresses.', t),
      arg('bcc', 'string_list', 'Bcc addresses.', t),
      arg('smtp_conn_id', 'string', "SMTP Connection (default 'smtp_default').", {}),
    ];
  },
});

export const HttpNotifier = defineNotifier({
  key: 'HttpNotifier',
  label: 'HTTP webhook',
  description: 'Calls an HTTP endpoint (a chat webhook, an incident tool).',
  module: 'airflow.providers.http.notifications.http',
  provider: HTTP_PROVIDER,
  needs: { provider: HTTP_PROVIDER, version: '5.5.0' },
  args: () => [
    arg('http_conn_id', 'string', "HTTP Connection with the base URL (default 'http_default').", {
      default: 'http_default',
      templated: true,
    }),
    arg('endpoint', 'string', 'Path appended to the connection’s URL.', t),
    arg('method', 'string', 'HTTP method.', { default: 'POST' }),
    arg('json', 'json', 'JSON body, Jinja allowed in strings.', t),
    arg('headers', 'json', 'Extra headers, e.g. {"Content-Type": "application/json"}.', t),
  ],
});

export const NOTIFIERS: readonly NotifierSpec[] = [
  SnsNotifier,
  SqsNotifier,
  SesNotifier,
  SmtpNotifier,
  HttpNotifier,
];

const BY_KEY: ReadonlyMap<string, NotifierSpec> = new Map(NOTIFIERS.map((n) => [n.key, n]));

export function getNotifier(key: string): NotifierSpec | undefined {
  return BY_KEY.get(key);
}
