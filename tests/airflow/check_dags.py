"""Import exported DAG files with the real Airflow DagBag and report what it sees.

Usage:  <venv>/bin/python tests/airflow/check_dags.py JOBS.json

JOBS.json is a list of {"dag_file": "/abs/path.py", "expected": {...}?}. All files
are loaded in this one process (importing Airflow takes seconds). Stdout gets one
JSON object: {"airflow_version", "dagbag_class", "startup_warnings", "results": [...]},
one result per job, in job order:

  {"dag_file", "import_errors": [str], "warnings": [W], "deprecations": [W], "library_warnings": [W],
   "dags": [{"dag_id", "tasks", "edges", "task_groups", "schedule", "timetable",
             "catchup", "retries": {task: n}, "trigger_rules": {task: rule}, "params",
             "assets": {"when", "uris"} | null, "outlets": {task: [uri]}, "inlets": {task: [uri]},
             "roles": {task: "setup" | "teardown"}}],
   "mismatches": [str]}          # only when "expected" was given
  W = {"category", "filename", "lineno", "message", "deprecation": bool}

Which warnings belong to a DAG file (the rule, also in docs/TESTING-AIRFLOW.md):
  1. Startup noise, never charged: warnings raised while importing Airflow, while
     importing WARMUP_MODULES (core modules every DAG pulls in lazily, e.g. 2.11's
     airflow.triggers.base warns about its own timer_unit_consistency setting) and
     while building a DagBag over an empty folder. Any later warning with the same
     (category, message) is that noise again and is dropped.
  2. Import phase: before DagBag sees the file, the checker imports every module
     the file's import statements name. A warning whose source is a file of an
     installed package is that library's own import-time noise (e.g. the standard
     provider importing an Airflow helper that Airflow deprecated later): reported
     as library_warnings, not charged. A warning pointing anywhere else (importlib's
     frames, i.e. the module itself is deprecated and warns its importer) is charged.
  3. Load phase: every warning raised while DagBag(dag_folder=<file>) runs is
     charged to the file: its own lines, deprecated names it imports, and the
     operators it builds (Airflow often reports a deprecated argument from inside
     the operator's module, not from the DAG line, so the filename alone would
     miss it).
  A warning is a deprecation when its category subclasses DeprecationWarning,
  PendingDeprecationWarning or FutureWarning (RemovedInAirflow3Warning,
  AirflowProviderDeprecationWarning, DeprecatedImportWarning all do). Airflow
  3.2+ re-raises the file's warnings as UserWarning; the original category is
  recovered from DagBag.captured_warnings ("<file>:<line>: <category>: <message>").
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import os
import sys
import tempfile
import warnings
from typing import Any

DEPRECATION_BASES = (DeprecationWarning, PendingDeprecationWarning, FutureWarning)
WARMUP_MODULES = ("airflow.triggers.base",)
CRON_PRESETS = {
    "@hourly": "0 * * * *",
    "@daily": "0 0 * * *",
    "@weekly": "0 0 * * 0",
    "@monthly": "0 0 1 * *",
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
    "@midnight": "0 0 * * *",
}


def isolate_airflow_home() -> None:
    """Point Airflow at a throw-away home before it is imported: no examples, sqlite only."""
    home = tempfile.mkdtemp(prefix="dag-designer-airflow-")
    os.environ["AIRFLOW_HOME"] = home
    os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
    os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = os.path.join(home, "dags")
    os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = "sqlite:///" + os.path.join(home, "airflow.db")
    os.environ.setdefault("AIRFLOW__LOGGING__LOGGING_LEVEL", "ERROR")


def warm_asset_uri_handlers() -> None:
    """Load what the first asset (dataset) URI with a scheme loads: the providers' URI handlers."""
    from airflow.providers_manager import ProvidersManager  # type: ignore[import-not-found]

    manager = ProvidersManager()
    for name in ("asset_uri_handlers", "dataset_uri_handlers"):
        if hasattr(type(manager), name):
            getattr(manager, name)
            return


def import_dagbag_class() -> Any:
    # 3.2+ moved DagBag to airflow.dag_processing.dagbag and left a deprecated shim
    # in airflow.models.dagbag; 2.x and 3.0/3.1 only have airflow.models.dagbag.
    try:
        from airflow.dag_processing.dagbag import DagBag  # type: ignore[import-not-found]
    except ImportError:
        from airflow.models.dagbag import DagBag  # type: ignore[import-not-found]
    return DagBag


def new_dagbag(dagbag_class: Any, folder: str) -> Any:
    # `include_examples` is gone from 3.2+ (examples are a bundle there); the
    # environment variable above keeps them off everywhere.
    if "include_examples" in inspect.signature(dagbag_class.__init__).parameters:
        return dagbag_class(dag_folder=folder, include_examples=False)
    return dagbag_class(dag_folder=folder)


def imported_modules(path: str) -> list[str]:
    """Absolute modules named by the file's import statements, in source order."""
    try:
        with open(path, "rb") as handle:
            tree = ast.parse(handle.read(), filename=path)
    except (OSError, SyntaxError, ValueError):
        return []  # DagBag reports it as an import error
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return list(dict.fromkeys(names))


def is_library_file(filename: str) -> bool:
    """A real source file of an installed package (not this checker, not importlib's frames)."""
    return os.path.isfile(filename) and os.path.abspath(filename) != os.path.abspath(__file__)


def preimport(path: str, noise: set[tuple[str, str]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Import the file's modules first: returns (charged to the file, library import-time noise)."""
    with warnings.catch_warnings(record=True) as recorded:
        warnings.simplefilter("always")
        for module in imported_modules(path):
            try:
                importlib.import_module(module)
            except Exception:  # noqa: BLE001, S112 - DagBag reports the same failure as an import error
                continue
    charged: list[dict[str, Any]] = []
    library: list[dict[str, Any]] = []
    for w in recorded:
        described = describe_warning(w, ())
        if (described["category"], described["message"]) in noise:
            continue
        (library if is_library_file(described["filename"]) else charged).append(described)
    return charged, library


def resolve_category(name: str) -> type | None:
    if "." not in name:
        found = getattr(__builtins__, name, None) if not isinstance(__builtins__, dict) else __builtins__.get(name)
        return found if isinstance(found, type) else None
    module, _, attr = name.rpartition(".")
    try:
        found = getattr(importlib.import_module(module), attr)
    except Exception:  # noqa: BLE001 - an unknown category is simply not resolvable
        return None
    return found if isinstance(found, type) else None


def original_category(w: warnings.WarningMessage, captured: tuple[str, ...]) -> tuple[str, type]:
    """The warning's real category, undoing 3.2+'s re-raise as UserWarning."""
    category = w.category
    name = category.__name__ if category.__module__ == "builtins" else f"{category.__module__}.{category.__name__}"
    if category is UserWarning:
        prefix = f"{w.filename}:{w.lineno}: "
        suffix = f": {w.message}"
        for line in captured:
            if line.startswith(prefix) and line.endswith(suffix):
                inner = line[len(prefix) : len(line) - len(suffix)]
                resolved = resolve_category(inner)
                if resolved is not None:
                    return inner, resolved
                return inner, category
    return name, category


def describe_warning(w: warnings.WarningMessage, captured: tuple[str, ...]) -> dict[str, Any]:
    name, category = original_category(w, captured)
    return {
        "category": name,
        "filename": str(w.filename),
        "lineno": w.lineno,
        "message": str(w.message),
        "deprecation": issubclass(category, DEPRECATION_BASES) or "Deprecat" in name,
    }


def asset_condition(timetable: Any) -> Any:
    """The asset (3.x) / dataset (2.x) condition of a DAG's timetable, or None."""
    for name in ("asset_condition", "dataset_condition"):
        condition = getattr(timetable, name, None)
        # Timetables without assets hold a _NullAsset / _NullDataset placeholder (2.x does).
        if condition is not None and not type(condition).__name__.startswith("_Null"):
            return condition
    return None


def describe_assets(dag: Any) -> dict[str, Any] | None:
    """An asset schedule as the design holds it: {"when": "all"|"any", "uris": [...]}; None without one."""
    condition = asset_condition(dag.timetable)
    if condition is None:
        return None
    kind = type(condition).__name__  # AssetAll/AssetAny on 3.x, DatasetAll/DatasetAny on 2.x
    objects = getattr(condition, "objects", None)
    if objects is None:  # a single asset given alone
        return {"when": "all", "uris": [condition.uri]}
    # Nested conditions would need more than the design can say: report them so the test fails.
    uris = [getattr(o, "uri", f"<{type(o).__name__}>") for o in objects]
    return {"when": "any" if kind.endswith("Any") else "all", "uris": uris}


def uris_of(task: Any, field: str) -> list[str]:
    return [getattr(asset, "uri", f"<{type(asset).__name__}>") for asset in getattr(task, field, None) or []]


def normalize_schedule(dag: Any) -> str | None:
    """Cron expression (presets expanded), '@once', '@continuous' or None, on every version.

    An asset schedule reports its cron part (AssetOrTimeSchedule's timetable), or None."""
    timetable = dag.timetable
    kind = type(timetable).__name__
    if asset_condition(timetable) is not None:
        inner = getattr(timetable, "timetable", None)
        if inner is None:
            return None
        timetable, kind = inner, type(inner).__name__
    if kind == "NullTimetable":
        return None
    if kind == "OnceTimetable":
        return "@once"
    if kind == "ContinuousTimetable":
        return "@continuous"
    # 2.x and 3.0/3.1 timetables keep `_expression`; 3.2+'s SDK timetables (attrs classes) `expression`.
    expression = getattr(timetable, "_expression", None) or getattr(timetable, "expression", None)
    if isinstance(expression, str):
        expression = " ".join(expression.split())
        return CRON_PRESETS.get(expression, expression)
    return f"<{kind}>"


def trigger_rule_value(rule: Any) -> str:
    return str(getattr(rule, "value", rule))


def describe_params(dag: Any) -> dict[str, Any]:
    """Each Param as the design holds it: default (when set), description, and the JSON Schema keywords."""
    described: dict[str, Any] = {}
    for name in dag.params:
        param = dag.params.get_param(name)
        entry: dict[str, Any] = {"schema": param.schema}
        # has_value is False for a None default too; only NOTSET (ArgNotSet) means "no default".
        if type(param.value).__name__ != "ArgNotSet":
            entry["default"] = param.value
        if param.description is not None:
            entry["description"] = param.description
        described[name] = entry
    return described


CALLBACK_HOOKS = ("on_failure_callback", "on_success_callback", "on_retry_callback")


def callback_classes(value: Any) -> list[str]:
    """A callback setting as the class names of its callables (notifier instances)."""
    if value is None:
        return []
    items = value if isinstance(value, (list, tuple)) else [value]
    return [type(item).__name__ for item in items]


def task_hook(task: Any, hook: str) -> Any:
    # A MappedOperator keeps what partial() got in partial_kwargs.
    partial = getattr(task, "partial_kwargs", None)
    if isinstance(partial, dict) and hook in partial:
        return partial[hook]
    return getattr(task, hook, None)


def describe_callbacks(dag: Any) -> dict[str, Any]:
    """The notifier classes of the DAG's and every task's alert hooks (hooks without one left out)."""
    dag_hooks = {h: callback_classes(getattr(dag, h, None)) for h in CALLBACK_HOOKS[:2]}
    tasks: dict[str, Any] = {}
    for task_id, task in dag.task_dict.items():
        hooks = {h: callback_classes(task_hook(task, h)) for h in CALLBACK_HOOKS}
        hooks = {h: v for h, v in hooks.items() if v}
        if hooks:
            tasks[task_id] = hooks
    return {"dag": {h: v for h, v in dag_hooks.items() if v}, "tasks": tasks}


def describe_mapped(dag: Any) -> dict[str, Any]:
    """Each mapped task: its class and what each expanded argument maps over."""
    mapped: dict[str, Any] = {}
    for task_id, task in dag.task_dict.items():
        if type(task).__name__ != "MappedOperator":
            continue
        expand: dict[str, str] = {}
        for name, value in dict(task.expand_input.value).items():
            upstream = getattr(getattr(value, "operator", None), "task_id", None)
            expand[name] = f"output_of:{upstream}" if upstream else f"literal:{len(value)}"
        mapped[task_id] = {"class": type(task).__name__, "expand": expand}
    return mapped


def describe_dag(dag: Any) -> dict[str, Any]:
    tasks = sorted(dag.task_dict)
    edges = sorted(
        f"{task_id}->{downstream}" for task_id in tasks for downstream in dag.task_dict[task_id].downstream_task_ids
    )
    groups = sorted(group_id for group_id in dag.task_group.get_task_group_dict() if group_id)
    return {
        "dag_id": dag.dag_id,
        "tasks": tasks,
        "edges": edges,
        "task_groups": groups,
        "schedule": normalize_schedule(dag),
        "timetable": type(dag.timetable).__name__,
        "catchup": bool(dag.catchup),
        "retries": {t: int(dag.task_dict[t].retries) for t in tasks},
        "trigger_rules": {t: trigger_rule_value(dag.task_dict[t].trigger_rule) for t in tasks},
        "params": describe_params(dag),
        "mapped": describe_mapped(dag),
        "callbacks": describe_callbacks(dag),
        "assets": describe_assets(dag),
        "outlets": {t: uris_of(dag.task_dict[t], "outlets") for t in tasks if uris_of(dag.task_dict[t], "outlets")},
        "inlets": {t: uris_of(dag.task_dict[t], "inlets") for t in tasks if uris_of(dag.task_dict[t], "inlets")},
        "roles": {
            t: ("setup" if dag.task_dict[t].is_setup else "teardown")
            for t in tasks
            if dag.task_dict[t].is_setup or dag.task_dict[t].is_teardown
        },
    }


def compare(expected: dict[str, Any], dags: list[dict[str, Any]]) -> list[str]:
    if len(dags) != 1:
        return [f"expected exactly one DAG, loaded {len(dags)}"]
    actual = dags[0]
    problems = []
    for key, want in expected.items():
        got = actual.get(key, "<missing>")
        if got != want:
            problems.append(f"{key}: expected {json.dumps(want)}, got {json.dumps(got)}")
    return problems


def check_file(dagbag_class: Any, job: dict[str, Any], noise: set[tuple[str, str]]) -> dict[str, Any]:
    path = os.path.abspath(job["dag_file"])
    charged, library = preimport(path, noise)
    with warnings.catch_warnings(record=True) as recorded:
        warnings.simplefilter("always")
        bag = new_dagbag(dagbag_class, path)
    captured = tuple(bag.captured_warnings.get(path, ()))
    described = [describe_warning(w, captured) for w in recorded]
    charged += [w for w in described if (w["category"], w["message"]) not in noise]
    dags = [describe_dag(bag.dags[dag_id]) for dag_id in sorted(bag.dags)]
    result: dict[str, Any] = {
        "dag_file": path,
        "import_errors": [str(e) for e in bag.import_errors.values()],
        "warnings": charged,
        "deprecations": [w for w in charged if w["deprecation"]],
        "library_warnings": library,
        "dags": dags,
    }
    if isinstance(job.get("expected"), dict):
        result["mismatches"] = compare(job["expected"], dags)
    return result


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: check_dags.py JOBS.json", file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as handle:
        jobs = json.load(handle)
    if not isinstance(jobs, list) or not all(isinstance(j, dict) and "dag_file" in j for j in jobs):
        print(f"{argv[1]}: expected a JSON list of {{dag_file, expected}} objects", file=sys.stderr)
        return 2

    # Airflow logs to stdout on some versions; keep stdout for our JSON alone.
    json_out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    isolate_airflow_home()

    with warnings.catch_warnings(record=True) as importing:
        warnings.simplefilter("always")
        import airflow  # type: ignore[import-not-found]

        dagbag_class = import_dagbag_class()
    # Importing Airflow configures logging with logging.captureWarnings(True),
    # which diverts warnings away from a recording already open; a fresh
    # catch_warnings(record=True) records again (check_file opens one per file).
    with warnings.catch_warnings(record=True) as warming:
        warnings.simplefilter("always")
        for module in WARMUP_MODULES:
            importlib.import_module(module)
        warm_asset_uri_handlers()
        empty = os.path.join(os.environ["AIRFLOW_HOME"], "empty")
        os.makedirs(empty, exist_ok=True)
        new_dagbag(dagbag_class, empty)
    startup_described = [describe_warning(w, ()) for w in [*importing, *warming]]
    noise = {(w["category"], w["message"]) for w in startup_described}

    results = [check_file(dagbag_class, job, noise) for job in jobs]
    json.dump(
        {
            "airflow_version": airflow.__version__,
            "dagbag_class": f"{dagbag_class.__module__}.{dagbag_class.__name__}",
            "startup_warnings": startup_described,
            "results": results,
        },
        json_out,
        indent=2,
        sort_keys=True,
    )
    json_out.write("\n")
    json_out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
