/**
 * Assembles the DAG file: docstring, imports, Python callables, then the
 * `with DAG(...)` block holding task groups, tasks and dependencies. Tracks
 * the line range of every task's operator call for the live code view.
 */
import { lineOf } from '../../design/targets.ts';
import { FIXED_FILE_NAMES } from '../../model/dag-file-names.ts';
import type { AirflowTarget, Design } from '../../design/design.ts';
import { pyStr } from '../python-literal.ts';
import { collectCallables, renderCallables } from './callables.ts';
import { renderCall } from './calls.ts';
import { checkIds } from './check-ids.ts';
import { renderDagOpen } from './dag-block.ts';
import { renderDependencies } from './dependencies.ts';
import { bodyItems, renderBody } from './groups.ts';
import { renderHeader } from './header.ts';
import { ImportCollector } from './imports.ts';
import { ModuleScope, VariableNamer } from './names.ts';
import { resolveOperator, type ResolvedOperator } from './operators.ts';
import { DAG_TARGETS } from './targets.ts';
import { renderTask, type TaskContext } from './tasks.ts';
import { setupTeardownCode, tasksInFileOrder } from './setup-teardown.ts';

export interface RenderedDagFile {
  code: string;
  /** 1-based, inclusive line range of each task's operator call. */
  taskLines: Record<string, [number, number]>;
}

/** Appends blocks of lines and knows the line number of what it appends next. */
class LineBuffer {
  private readonly blocks: string[] = [];
  private lines = 0;

  /** Appends `text` (one or more lines, no trailing newline); returns its 1-based [first, last] lines. */
  add(text: string): [number, number] {
    const first = this.lines + 1;
    this.blocks.push(text);
    this.lines += text.split('\n').length;
    return [first, this.lines];
  }

  toString(): string {
    return this.blocks.join('\n') + '\n';
  }
}

export function renderDagFile(
  design: Design,
  target: AirflowTarget = design.target.airflow,
  /** The design's file name, for the docstring (header.ts). */
  designFile?: string,
): RenderedDagFile {
  checkIds(design);
  const operators = new Map<string, ResolvedOperator>(
    design.tasks.map((task) => [task.task_id, resolveOperator(task, target)]),
  );
  const callables = collectCallables(
    design.tasks,
    (task) => operators.get(task.task_id)?.usesPythonCallable ?? false,
  );

  // Module-level names in a fixed order: callable defs (verbatim, cannot be
  // renamed), `dag`, then variables; imports alias themselves around those.
  const scope = new ModuleScope();
  for (const callable of callables) scope.bind(callable.name);
  for (const name of FIXED_FILE_NAMES) scope.bind(name);
  const namer = new VariableNamer(
    scope,
    [...operators.values()].map((operator) => operator.className),
  );
  const variables = new Map(
    design.tasks.map((task) => [task.task_id, namer.allocate(task.task_id, 'task')]),
  );
  const groupVariables = new Map(
    design.groups.map((group) => [group.group_id, namer.allocate(group.group_id, 'group')]),
  );
  const imports = new ImportCollector(scope);

  const dagOpen = renderDagOpen(design.dag, target, imports);
  const items = bodyItems(design);
  const setupTeardown = setupTeardownCode(tasksInFileOrder(items), variables, '    ');
  const context: TaskContext = {
    target,
    imports,
    variables,
    callables: new Map(
      callables.flatMap((callable) => callable.taskIds.map((id) => [id, callable.name])),
    ),
    defaultArgs: design.dag.default_args,
    tails: setupTeardown.tails,
  };

  // The body is rendered before the imports are printed: rendering is what
  // decides which imports are used.
  const taskGroupClass = DAG_TARGETS[lineOf(target)].taskGroup;
  const body = renderBody(items, '    ', {
    task: (task, indent) => renderTask(task, context, indent),
    groupHead: (group, indent) => {
      const kwargs = [{ name: 'group_id', value: pyStr(group.group_id) }];
      if (group.tooltip !== null) kwargs.push({ name: 'tooltip', value: pyStr(group.tooltip) });
      const variable = groupVariables.get(group.group_id) ?? '';
      const className = imports.use(taskGroupClass.module, taskGroupClass.name);
      return renderCall(`with ${className}`, kwargs, indent, ` as ${variable}:`);
    },
  });
  const dependencies = [
    ...setupTeardown.statements,
    ...renderDependencies(design.edges, variables, '    '),
  ];

  const out = new LineBuffer();
  out.add(renderHeader(design, designFile));
  out.add('');
  const fileComments = DAG_TARGETS[lineOf(target)].fileComments;
  if (fileComments.length > 0) out.add(fileComments.join('\n') + '\n');
  out.add(imports.render());
  if (callables.length > 0) {
    out.add('\n');
    out.add(renderCallables(callables));
  }
  out.add('\n');
  out.add(dagOpen);
  const taskLines: Record<string, [number, number]> = {};
  for (const { text, taskId } of body) {
    const range = out.add(text);
    if (taskId !== undefined) taskLines[taskId] = range;
  }
  if (dependencies.length > 0) {
    out.add('');
    for (const line of dependencies) out.add(line);
  }
  return { code: out.toString(), taskLines };
}
