/**
 * Python variable names for tasks and groups, derived from their ids so the
 * generated code reads like hand-written code (`extract = BashOperator(...)`).
 * A name never shadows a keyword, a builtin (a callable calling `filter()`
 * must still get the builtin), a dunder, or any name the file imports or
 * defines; clashes get `_task` / `_group`, then `_2`, `_3`, ... in design
 * order, so the same design always gets the same names.
 */
import { pythonNameFor } from '../../design/ids.ts';
import { NAMES_THE_DAG_FILE_BINDS } from '../../model/dag-file-names.ts';
import { PYTHON_KEYWORDS } from '../python-literal.ts';

const PYTHON_BUILTINS = new Set(
  (
    'ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError ' +
    'BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ' +
    'ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning ' +
    'EnvironmentError Exception ExceptionGroup FileExistsError FileNotFoundError FloatingPointError ' +
    'FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError ' +
    'InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ' +
    'ModuleNotFoundError NameError NotADirectoryError NotImplemented NotImplementedError OSError ' +
    'OverflowError PendingDeprecationWarning PermissionError ProcessLookupError PythonFinalizationError ' +
    'RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration ' +
    'StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError ' +
    'UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError ' +
    'UnicodeWarning UserWarning ValueError Warning ZeroDivisionError abs aiter all anext any ascii bin ' +
    'bool breakpoint bytearray bytes callable chr classmethod compile complex copyright credits delattr ' +
    'dict dir divmod enumerate eval exec exit filter float format frozenset getattr globals hasattr hash ' +
    'help hex id input int isinstance issubclass iter len license list locals map max memoryview min ' +
    'next object oct open ord pow print property quit range repr reversed round set setattr slice sorted ' +
    'staticmethod str sum super tuple type vars zip'
  ).split(' '),
);

/** Names every generated file may bind at module level, whatever it imports (one list, in src/model). */
const ALWAYS_RESERVED = NAMES_THE_DAG_FILE_BINDS;

/** Every name bound at module level so far: callable defs, imports, variables. */
export class ModuleScope {
  private readonly bound = new Set<string>();

  isBound(name: string): boolean {
    return this.bound.has(name);
  }

  bind(name: string): void {
    this.bound.add(name);
  }
}

export class VariableNamer {
  private readonly avoid: Set<string>;

  /**
   * `mayImport`: class names the file may import later (operators, custom
   * classes); variables keep off them so imports rarely need an alias.
   */
  constructor(
    private readonly scope: ModuleScope,
    mayImport: Iterable<string>,
  ) {
    this.avoid = new Set([...ALWAYS_RESERVED, ...mayImport]);
  }

  private isFree(name: string): boolean {
    return (
      !this.scope.isBound(name) &&
      !this.avoid.has(name) &&
      !PYTHON_KEYWORDS.has(name) &&
      !PYTHON_BUILTINS.has(name) &&
      !/^__.*__$/.test(name)
    );
  }

  /** Why the variable of `id` is not `id` itself (a comment for the reader), or null when it is. */
  static renameReason(id: string, variable: string, functions: ReadonlySet<string>): string | null {
    if (id === variable) return null;
    if (functions.has(id)) return 'the name of a Python function in this file';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(id)) return 'not a Python name';
    if (PYTHON_KEYWORDS.has(id)) return 'a Python keyword';
    if (PYTHON_BUILTINS.has(id)) return 'a Python builtin';
    return 'a name the file already uses';
  }

  /** A fresh variable for the task or group `id`; `kind` is `task` or `group`. */
  allocate(id: string, kind: 'task' | 'group'): string {
    const base = pythonNameFor(id, kind);
    let name = this.isFree(base) ? base : `${base}_${kind}`;
    for (let n = 2; !this.isFree(name); n++) name = `${base}_${kind}_${n}`;
    this.scope.bind(name);
    return name;
  }
}
