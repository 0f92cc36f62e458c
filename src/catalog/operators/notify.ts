/**
 * EmailOperator: Airflow core on 2.x (`airflow.operators.email`), the smtp
 * provider on 3 (`airflow.providers.smtp.operators.smtp`, pinned 3.0.4),
 * where subject/html_content became optional and every argument is templated.
 */
import { arg, defineOperator, isAirflow2, requiredArg } from '../define.ts';
import { SMTP_PROVIDER } from '../import-paths.ts';
import { providerAtLeast } from '../providers.ts';
import type { AirflowTarget } from '../../design/design.ts';
import type { ArgSpec, OperatorSpec } from '../types.ts';

const CORE_EMAIL = {
  module: 'airflow.operators.email',
  className: 'EmailOperator',
  provider: null,
};

function emailArgs(target: AirflowTarget): ArgSpec[] {
  const v2 = isAirflow2(target);
  // On 2.x only to/subject/html_content/files are template fields; on 3 all are.
  const allTemplated = !v2;
  // smtp 2.2.0 (MWAA 3.0.6) left these four out of template_fields; 2.4.5 (3.2.1) has them.
  const settingsTemplated = allTemplated && providerAtLeast(target, SMTP_PROVIDER, '2.4.5');
  const subjectHelp = 'Subject line, Jinja allowed.';
  const bodyHelp =
    'HTML body, Jinja allowed. Note: a value ending in .html is read as a template file next to the DAG.';
  return [
    requiredArg('to', 'string_list', 'Recipient addresses.', { templated: true }),
    v2
      ? requiredArg('subject', 'string', subjectHelp, { templated: true })
      : arg('subject', 'string', subjectHelp, { templated: true }),
    v2
      ? requiredArg('html_content', 'text', bodyHelp, { templated: true, templateExt: ['.html'] })
      : arg('html_content', 'text', bodyHelp, { templated: true, templateExt: ['.html'] }),
    ...(v2
      ? []
      : [
          arg('from_email', 'string', 'Sender address (default: from the connection).', {
            templated: true,
          }),
        ]),
    arg('files', 'string_list', 'Paths of files on the worker to attach.', { templated: true }),
    arg('cc', 'string_list', 'Carbon-copy addresses.', { templated: allTemplated }),
    arg('bcc', 'string_list', 'Blind carbon-copy addresses.', { templated: allTemplated }),
    arg('mime_subtype', 'string', 'MIME subtype of the message.', {
      default: 'mixed',
      templated: settingsTemplated,
    }),
    arg('mime_charset', 'string', 'Character set of the message.', {
      default: 'utf-8',
      templated: settingsTemplated,
    }),
    arg(
      'conn_id',
      'string',
      v2
        ? 'SMTP connection id (default: the [email] section of airflow.cfg).'
        : 'SMTP connection id.',
      { default: v2 ? null : 'smtp_default', templated: settingsTemplated },
    ),
    arg('custom_headers', 'json', 'Extra e-mail headers, e.g. {"Reply-To": "team@example.com"}.', {
      templated: settingsTemplated,
    }),
  ];
}

export const EmailOperator = defineOperator({
  key: 'EmailOperator',
  label: 'Email',
  category: 'Notify',
  description: 'Sends an e-mail through SMTP.',
  imports: {
    '2.10': CORE_EMAIL,
    '2.11': CORE_EMAIL,
    '3': {
      module: 'airflow.providers.smtp.operators.smtp',
      className: 'EmailOperator',
      provider: SMTP_PROVIDER,
    },
  },
  args: emailArgs,
});

export const NOTIFY_OPERATORS: readonly OperatorSpec[] = [EmailOperator];
