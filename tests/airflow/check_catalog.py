"""Check the operator catalog (src/catalog) against the real operator classes.

Usage:  <venv>/bin/python tests/airflow/check_catalog.py CATALOG.json

CATALOG.json: {"operators": [{"key", "module", "className", "usesPythonCallable",
                              "args": [{"name", "pythonName"?, "templated", "required"}]}],
               "common_args": [name, ...]}
Stdout: {"airflow_version", "problems": [{"key", "problem"}]}, one problem per line of
disagreement, in catalog order. Checks, for every operator:
  - `from module import className` works;
  - each catalog argument (its pythonName when set) is a keyword some __init__ in
    the class's MRO accepts, walking down to BaseOperator (whose own **kwargs
    reject unknown names at run time, so they accept nothing);
  - `templated` is true exactly when the keyword is in the class's template_fields;
  - `required` is true when Airflow's __init__ gives the keyword no default (the
    catalog may require more than Airflow does, never less), and every keyword
    without a default is in the catalog.
  template_fields name attributes: a keyword that __init__ stores under another
  name (`self.input = state_machine_input`) is templated when that attribute is.
  A keyword a subclass passes to its base itself (ApprovalOperator's options,
  EksPodOperator's name) is not accepted from the caller; one a subclass fills
  into **kwargs when missing (HITLEntryOperator's options) is optional.
and every common argument is a keyword BaseOperator accepts.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import os
import sys
import tempfile
import textwrap
from typing import Any

KEYWORD_KINDS = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)


def supplied_keywords(init: Any) -> tuple[set[str], set[str]]:
    """What an __init__ hands its base itself: (fixed, defaulted) keyword names.

    fixed: written as keywords of the `super().__init__(...)` call
    (`ApprovalOperator` passes options=[...]; EksPodOperator passes name=pod_name):
    a caller cannot pass them too. defaulted: put into **kwargs when missing
    (`kwargs["options"] = [...]`, `kwargs.setdefault(...)`): optional for a caller
    even though the base gives them no default.
    """
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(inspect.unwrap(init))))
    except (OSError, TypeError, SyntaxError):
        return set(), set()
    fixed: set[str] = set()
    defaulted: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "__init__":
            fixed.update(keyword.arg for keyword in node.keywords if keyword.arg is not None)
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if (
                    isinstance(target, ast.Subscript)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "kwargs"
                    and isinstance(target.slice, ast.Constant)
                    and isinstance(target.slice.value, str)
                ):
                    defaulted.add(target.slice.value)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "setdefault"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "kwargs"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            defaulted.add(node.args[0].value)
    return fixed, defaulted


def init_parameters(cls: type) -> dict[str, inspect.Parameter]:
    """Keyword parameters of the __init__ chain: subclass first, stopping after BaseOperator.

    A keyword a subclass passes to its base itself is not the caller's (dropped);
    one it fills into **kwargs when missing counts as having a default.
    """
    found: dict[str, inspect.Parameter] = {}
    fixed: set[str] = set()
    defaulted: set[str] = set()
    for klass in cls.__mro__:
        init = klass.__dict__.get("__init__")
        if init is not None:
            try:
                signature = inspect.signature(init)
            except (TypeError, ValueError):
                signature = None
            if signature is not None:
                for name, parameter in signature.parameters.items():
                    if name == "self" or parameter.kind not in KEYWORD_KINDS or name in fixed:
                        continue
                    if name in defaulted and parameter.default is inspect.Parameter.empty:
                        parameter = parameter.replace(default=None)
                    found.setdefault(name, parameter)
                if not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in signature.parameters.values()):
                    break
                own_fixed, own_defaulted = supplied_keywords(init)
                fixed |= own_fixed - set(found)
                defaulted |= own_defaulted
        if klass.__name__ == "BaseOperator":
            break
    return found


def attribute_names(cls: type) -> dict[str, set[str]]:
    """keyword -> the self attributes __init__ stores it in (`self.input = state_machine_input`)."""
    stored: dict[str, set[str]] = {}
    for klass in cls.__mro__:
        init = klass.__dict__.get("__init__")
        if init is None:
            continue
        try:
            tree = ast.parse(textwrap.dedent(inspect.getsource(inspect.unwrap(init))))
        except (OSError, TypeError, SyntaxError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Name):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if (
                        isinstance(target, ast.Attribute)
                        and isinstance(target.value, ast.Name)
                        and target.value.id == "self"
                    ):
                        stored.setdefault(node.value.id, set()).add(target.attr)
        if klass.__name__ == "BaseOperator":
            break
    return stored


def base_operator_class() -> type:
    try:
        from airflow.sdk import BaseOperator  # type: ignore[import-not-found]  # 3.x
    except ImportError:
        from airflow.models.baseoperator import BaseOperator  # type: ignore[import-not-found]  # 2.x
    return BaseOperator


def check_operator(spec: dict[str, Any]) -> list[str]:
    where = f"{spec['module']}.{spec['className']}"
    try:
        cls = getattr(importlib.import_module(spec["module"]), spec["className"])
    except Exception as error:  # noqa: BLE001 - any failure to import is the finding
        return [f"cannot import {where}: {type(error).__name__}: {error}"]
    parameters = init_parameters(cls)
    template_fields = set(getattr(cls, "template_fields", ()) or ())
    stored_as = attribute_names(cls)
    problems: list[str] = []
    for arg in spec["args"]:
        keyword = arg.get("pythonName") or arg["name"]
        label = keyword if keyword == arg["name"] else f"{arg['name']} (pythonName {keyword})"
        parameter = parameters.get(keyword)
        if parameter is None:
            problems.append(f"{label}: not a keyword of {where}.__init__ (or its bases)")
            continue
        # template_fields name attributes; __init__ may store a keyword under another name.
        templated = bool(({keyword} | stored_as.get(keyword, set())) & template_fields)
        if bool(arg["templated"]) != templated:
            problems.append(
                f"{label}: catalog says templated={str(bool(arg['templated'])).lower()}, "
                f"but it is {'' if templated else 'not '}in {spec['className']}.template_fields"
            )
        # The catalog may demand more than Airflow (conn_id defaults to None but a
        # query needs a connection); it must not demand less.
        if parameter.default is inspect.Parameter.empty and not arg["required"]:
            problems.append(f"{label}: catalog says required=false, but Airflow's __init__ has no default")
    catalog_keywords = {arg.get("pythonName") or arg["name"] for arg in spec["args"]}
    # task_id is every task's id; python_callable comes from the task's `python` field.
    supplied = {"task_id", "python_callable"} if spec.get("usesPythonCallable") else {"task_id"}
    for name, parameter in parameters.items():
        if parameter.default is inspect.Parameter.empty and name not in catalog_keywords | supplied:
            problems.append(f"{name}: required by {where}.__init__ but missing from the catalog")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: check_catalog.py CATALOG.json", file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as handle:
        catalog = json.load(handle)
    json_out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)  # Airflow may log to stdout; keep it for the JSON
    home = tempfile.mkdtemp(prefix="dag-designer-catalog-")
    os.environ["AIRFLOW_HOME"] = home
    os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
    os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = "sqlite:///" + os.path.join(home, "airflow.db")

    import airflow  # type: ignore[import-not-found]

    problems = [
        {"key": spec["key"], "problem": problem} for spec in catalog["operators"] for problem in check_operator(spec)
    ]
    base_parameters = init_parameters(base_operator_class())
    for name in catalog["common_args"]:
        if name not in base_parameters:
            problems.append({"key": "COMMON_ARGS", "problem": f"{name}: not a keyword of BaseOperator.__init__"})
    json.dump({"airflow_version": airflow.__version__, "problems": problems}, json_out, indent=2)
    json_out.write("\n")
    json_out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
