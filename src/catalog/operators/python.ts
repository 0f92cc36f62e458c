/**
 * Operators that run the task's `python` field as `python_callable` (never
 * an argument here). Same arguments on 2.10/2.11 core and standard 1.19.0.
 */
import { arg, defineOperator } from '../define.ts';
import { coreImports } from '../import-paths.ts';
import type { ArgSpec, OperatorSpec } from '../types.ts';

/** op_args / op_kwargs / templates_dict: shared by the Python operators and PythonSensor. */
export function callableInputArgs(): ArgSpec[] {
  return [
    arg(
      'op_args',
      'json',
      'Positional arguments for the function, as a JSON list. Jinja in strings is rendered.',
      {
        templated: true,
      },
    ),
    arg(
      'op_kwargs',
      'json',
      'Keyword arguments for the function, e.g. {"day": "{{ ds }}"}. Jinja in strings is rendered.',
      { templated: true },
    ),
    arg(
      'templates_dict',
      'json',
      'Dict rendered with Jinja and passed to the function as context["templates_dict"].',
      { templated: true },
    ),
  ];
}

function pythonOperatorArgs(): ArgSpec[] {
  return [
    ...callableInputArgs(),
    arg(
      'templates_exts',
      'string_list',
      "File extensions (e.g. ['.sql']) whose values in templates_dict are read as template files.",
    ),
    arg(
      'show_return_value_in_logs',
      'boolean',
      'Log the return value (turn off for large results).',
      {
        default: true,
      },
    ),
  ];
}

export const PythonOperator = defineOperator({
  key: 'PythonOperator',
  label: 'Python',
  category: 'Python',
  description: 'Calls the Python function written in the task; its return value goes to XCom.',
  usesPythonCallable: true,
  imports: coreImports('PythonOperator'),
  args: pythonOperatorArgs,
});

export const BranchPythonOperator = defineOperator({
  key: 'BranchPythonOperator',
  label: 'Branch (Python)',
  category: 'Python',
  description:
    'Calls the function and follows only the downstream task_id(s) it returns; the other direct downstream tasks are skipped.',
  usesPythonCallable: true,
  isBranch: true,
  imports: coreImports('BranchPythonOperator'),
  args: pythonOperatorArgs,
});

export const ShortCircuitOperator = defineOperator({
  key: 'ShortCircuitOperator',
  label: 'Short circuit',
  category: 'Python',
  description: 'Calls the function; a falsy result skips the downstream tasks.',
  usesPythonCallable: true,
  imports: coreImports('ShortCircuitOperator'),
  args: () => [
    ...pythonOperatorArgs(),
    arg(
      'ignore_downstream_trigger_rules',
      'boolean',
      'true: skip every downstream task. false: skip only the direct downstream tasks and let trigger rules decide the rest.',
      { default: true },
    ),
  ],
});

export const PYTHON_OPERATORS: readonly OperatorSpec[] = [
  PythonOperator,
  BranchPythonOperator,
  ShortCircuitOperator,
];
