/**
 * Human-in-the-loop operators (`airflow.providers.standard.operators.hitl`):
 * a task that waits for a person to answer in the Airflow UI. The module
 * exists in the standard provider pinned for 3.0.6 (1.6.0) but refuses to
 * import on an Airflow core older than 3.1 ("Human in the loop functionality
 * needs Airflow 3.1+"), so the gate is the Airflow version, not the provider.
 *
 * Measured on standard 1.12.3 (MWAA 3.2.1) and 1.17.0 (MWAA 3.3.1), same
 * signatures on both:
 *   HITLOperator(*, subject, options, body=None, defaults=None, multiple=False,
 *     params=None, notifiers=None, assigned_users=None, response_timeout=None)
 *   ApprovalOperator(*, ignore_downstream_trigger_rules=False, fail_on_reject=False)
 *     — passes options=["Approve", "Reject"], multiple=False itself and raises
 *     if given either.
 *   HITLBranchOperator(*, options_mapping=None)
 *   HITLEntryOperator(**kwargs) — options default ["OK"] (and defaults ["OK"]).
 *   template_fields ("subject", "body") on all four.
 * `notifiers` (notifier objects) has no JSON form and is not offered.
 */
import { arg, defineOperator, requiredArg } from '../define.ts';
import { STANDARD_PROVIDER, type ImportPath } from '../import-paths.ts';
import type { ArgSpec, OperatorSpec } from '../types.ts';

/** The core line that has `hitl` (the 2.x lines have no standard-provider HITL). */
function hitlImports(className: string): { '3': ImportPath } {
  return {
    '3': {
      module: 'airflow.providers.standard.operators.hitl',
      className,
      provider: STANDARD_PROVIDER,
    },
  };
}

/** Airflow 3.1 added human-in-the-loop; MWAA's 3.0.6 does not have it. */
const HITL_SINCE = '3.1.0';

const subjectArg = (): ArgSpec =>
  requiredArg('subject', 'string', 'Headline shown to the person who answers, Jinja allowed.', {
    templated: true,
  });

const optionsArg = (required: boolean): ArgSpec =>
  (required ? requiredArg : arg)(
    'options',
    'string_list',
    required
      ? "Choices the person picks from, e.g. ['Publish', 'Hold']."
      : "Choices the person picks from. Empty: a single 'OK' (the form is the point).",
  );

/** The HITLOperator keywords after subject/options, shared by every subclass. */
function hitlArgs(options: { fixedChoices: boolean }): ArgSpec[] {
  return [
    arg('body', 'text', 'Details needed to decide, in Markdown; Jinja allowed.', {
      templated: true,
    }),
    arg(
      'defaults',
      'string_list',
      'Option(s) taken when response_timeout passes without an answer; must be among the options (one unless multiple).',
    ),
    ...(options.fixedChoices
      ? []
      : [
          arg('multiple', 'boolean', 'Let the person pick more than one option.', {
            default: false,
          }),
        ]),
    arg(
      'params',
      'json',
      'Form fields the person fills in, as DAG params: name -> default value, e.g. {"reason": ""}. The answers go to XCom with the chosen option.',
    ),
    arg(
      'assigned_users',
      'json',
      'Who may answer: [{"id": "...", "name": "..."}] (ids as the auth manager knows them). Empty: anyone with access.',
    ),
    arg(
      'response_timeout',
      'duration',
      'Seconds to wait for an answer; then defaults are taken (or the task fails without defaults). Empty: wait forever. Use this, not execution_timeout.',
    ),
  ];
}

export const HITLOperator = defineOperator({
  key: 'HITLOperator',
  label: 'Ask a person',
  category: 'Human in the loop',
  description:
    'Waits for a person to pick an option (and fill in form fields) in the Airflow UI; the answer goes to XCom.',
  imports: hitlImports('HITLOperator'),
  sinceAirflow: HITL_SINCE,
  args: () => [subjectArg(), optionsArg(true), ...hitlArgs({ fixedChoices: false })],
});

export const ApprovalOperator = defineOperator({
  key: 'ApprovalOperator',
  label: 'Approval',
  category: 'Human in the loop',
  description:
    'Waits for a person to Approve or Reject in the Airflow UI; Reject skips the downstream tasks.',
  imports: hitlImports('ApprovalOperator'),
  sinceAirflow: HITL_SINCE,
  args: () => [
    subjectArg(),
    ...hitlArgs({ fixedChoices: true }),
    arg(
      'ignore_downstream_trigger_rules',
      'boolean',
      'On Reject skip every downstream task, not only the direct ones (whatever their trigger rules).',
      { default: false },
    ),
    arg(
      'fail_on_reject',
      'boolean',
      'Fail the task on Reject instead of skipping downstream (Airflow discourages it: an answer is a success).',
      { default: false },
    ),
  ],
});

export const HITLBranchOperator = defineOperator({
  key: 'HITLBranchOperator',
  label: 'Person picks the branch',
  category: 'Human in the loop',
  description:
    'A branch chosen by a person in the Airflow UI: each option runs the downstream task of that id (or the one options_mapping names).',
  imports: hitlImports('HITLBranchOperator'),
  sinceAirflow: HITL_SINCE,
  isBranch: true,
  args: () => [
    subjectArg(),
    optionsArg(true),
    ...hitlArgs({ fixedChoices: false }),
    arg(
      'options_mapping',
      'json',
      'Option -> downstream task_id, e.g. {"Ship it": "deploy"}. Options not listed must be task ids themselves.',
    ),
  ],
});

export const HITLEntryOperator = defineOperator({
  key: 'HITLEntryOperator',
  label: 'Ask for input',
  category: 'Human in the loop',
  description:
    'Waits for a person to fill in a form (params) in the Airflow UI; the entries go to XCom.',
  imports: hitlImports('HITLEntryOperator'),
  sinceAirflow: HITL_SINCE,
  args: () => [subjectArg(), optionsArg(false), ...hitlArgs({ fixedChoices: false })],
});

export const HUMAN_IN_THE_LOOP_OPERATORS: readonly OperatorSpec[] = [
  ApprovalOperator,
  HITLOperator,
  HITLBranchOperator,
  HITLEntryOperator,
];
