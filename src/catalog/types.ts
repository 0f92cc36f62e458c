/**
 * The operator catalog is data: one entry per Airflow operator class, per
 * target. Validation, the exporter and the canvas forms all read it; nothing
 * else may know an operator's arguments.
 */
import type { JsonValue } from '../design/design.ts';
import type { AirflowLine, AirflowTarget } from '../design/targets.ts';

/**
 * Argument types. `duration` is seconds in the design and becomes
 * `timedelta(seconds=...)` (or a number, per `durationAs`) in the export.
 * `python_callable` is never an argument: the task's `python` field supplies it.
 */
export type ArgType =
  | 'string'
  | 'text' // multi-line string (SQL, Jinja templates)
  | 'bash' // bash script / command
  | 'integer'
  | 'number'
  | 'boolean'
  | 'duration'
  | 'datetime' // ISO-8601 string in the design, emitted as a timezone-aware datetime
  | 'enum'
  | 'string_list'
  | 'json'; // any JSON object/array value (dicts, overrides, payloads)

export interface ArgSpec {
  name: string;
  type: ArgType;
  required: boolean;
  /** Airflow's default, shown in forms; never emitted when equal. */
  default?: string | number | boolean | null;
  /** Allowed values when `type` is `enum`. */
  choices?: readonly string[];
  help: string;
  /** In the operator's `template_fields` on this target. */
  templated: boolean;
  /** For `duration`: what the operator accepts on this target. Default `timedelta`. */
  durationAs?: 'timedelta' | 'seconds';
  /** A different keyword on this target (e.g. renamed argument). Default `name`. */
  pythonName?: string;
  /**
   * Airflow's `template_ext` for this templated string argument: a value that
   * ENDS with one of these (e.g. `run.sh`, `query.sql`) is read as the path of
   * a Jinja template file relative to the DAG folder, not used as-is. The
   * classic trap is `bash_command="script.sh"` failing with TemplateNotFound;
   * a trailing space (`"script.sh "`) or a `{{ }}` expression avoids it.
   */
  templateExt?: readonly string[];
  /**
   * The provider version that introduced this argument. On a target whose
   * constraints pin an older one it is not offered, and a design using it is
   * `unsupported-on-target` naming this version.
   */
  needs?: { provider: string; version: string };
}

export type OperatorCategory =
  | 'Core'
  | 'Python'
  | 'Sensors'
  | 'Triggers'
  | 'Human in the loop'
  | 'SQL'
  | 'HTTP'
  | 'Notify'
  | 'Kubernetes'
  | 'AWS';

/** How one operator looks on one Airflow target. */
export interface OperatorTargetSpec {
  /** `from <module> import <className>` */
  module: string;
  className: string;
  /** Provider distribution the import needs, or null for airflow core. */
  provider: string | null;
  args: readonly ArgSpec[];
  /** Arguments of newer provider versions than this target pins (`ArgSpec.needs` says which). */
  unavailable: readonly ArgSpec[];
}

export interface OperatorSpec {
  /** Catalog key: the Airflow class name as written in designs. */
  key: string;
  label: string;
  category: OperatorCategory;
  description: string;
  /** Sensor semantics (mode/poke_interval/timeout warnings). */
  isSensor: boolean;
  /** Takes the task's `python` field as `python_callable`. */
  usesPythonCallable: boolean;
  /** Branching operator: its downstream edges are choices. */
  isBranch: boolean;
  /** Missing targets mean the operator does not exist there (unsupported-on-target). */
  targets: Partial<Record<AirflowTarget, OperatorTargetSpec>>;
  /**
   * The Airflow version that introduced the class, when it is newer than the
   * oldest target (e.g. the human-in-the-loop operators: Airflow 3.1). Older
   * targets have no entry in `targets`; validation names this version.
   */
  sinceAirflow?: string;
  /**
   * Groups of arguments of which the task must set at least one (the catalog
   * may demand more than Airflow's signature: AthenaOperator runs only with
   * an output_location or a workgroup that configures one).
   */
  requiresOneOf: readonly (readonly string[])[];
  /**
   * Arguments a task gets when it is added from the palette, so that a new
   * task passes the catalog's own checks (a sensor starts in mode
   * 'reschedule', not Airflow's worker-holding 'poke'). Per target, since an
   * argument may exist on some targets only.
   */
  newTaskArgs: Partial<Record<AirflowTarget, Readonly<Record<string, JsonValue>>>>;
}

/**
 * Arguments every task accepts (BaseOperator), with their types. The forms
 * show them on every task; validation checks them like operator arguments.
 */
export interface CommonArgSpec extends ArgSpec {
  /** Only on some Airflow lines (absent means all). */
  targets?: readonly AirflowLine[];
  /** Enum choices that differ per target (e.g. `trigger_rule`); `choices` is the fallback. */
  choicesByTarget?: Partial<Record<AirflowLine, readonly string[]>>;
}
