/**
 * Names every exported DAG file binds at module level, whatever the design
 * holds. The one list both sides use: the exporter's namer keeps task and
 * group variables off all of them, and validation refuses a Python callable
 * named like one the file binds under a fixed name.
 */

/**
 * Bound under exactly this name, never aliased: `with DAG(...) as dag`. A def
 * `dag` would be rebound by it, and Airflow would refuse the task
 * ("python_callable param must be callable").
 */
export const FIXED_FILE_NAMES: readonly string[] = ['dag'];

/**
 * Everything the file may bind itself: the fixed names plus the imports the
 * exporter writes. An import whose name a callable already takes gets an
 * `as` alias (`datetime as datetime_2`), so only the fixed names are refused
 * as function names.
 */
export const NAMES_THE_DAG_FILE_BINDS: readonly string[] = [
  ...FIXED_FILE_NAMES,
  'DAG',
  'TaskGroup',
  'Param',
  'datetime',
  'timedelta',
  'timezone',
  'pendulum',
  'airflow',
];

/** Why `name` cannot be the module-level def of a python_callable, or null. */
export function callableNameProblem(name: string): string | null {
  if (FIXED_FILE_NAMES.includes(name)) {
    return `"${name}" is a name the exported DAG file binds itself (\`with DAG(...) as dag\`), which would replace the function; rename it`;
  }
  if (/^__.*__$/.test(name)) {
    return `"${name}" is a dunder name Python gives a meaning to; rename the function`;
  }
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    return `"${name}" is not an ASCII Python name; use letters, digits and "_"`;
  }
  return null;
}
