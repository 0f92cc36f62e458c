/**
 * Collects the imports a DAG file actually uses and prints them grouped like
 * isort would (standard library, Airflow, Airflow providers, then everything
 * else such as custom operator packages), each group sorted, one blank line
 * between groups. Two different classes with the same name (a custom
 * `BashOperator` next to Airflow's), or an import named like a Python callable
 * of the design, get a deterministic `as` alias instead of shadowing.
 */
import { LINE_WIDTH } from '../python-literal.ts';
import type { ModuleScope } from './names.ts';

type ImportGroup = 0 | 1 | 2 | 3;

function groupOf(module: string): ImportGroup {
  if (module === 'datetime' || module === 'pendulum') return 0;
  if (module.startsWith('airflow.providers.')) return 2;
  if (module === 'airflow' || module.startsWith('airflow.')) return 1;
  return 3;
}

interface ImportedName {
  module: string;
  name: string;
  /** Local binding; equals `name` unless aliased. */
  local: string;
}

export class ImportCollector {
  private readonly byKey = new Map<string, ImportedName>();

  constructor(private readonly scope: ModuleScope) {}

  /** Records `from module import name`; returns the name to use in code. */
  use(module: string, name: string): string {
    const key = `${module}\0${name}`;
    const existing = this.byKey.get(key);
    if (existing) return existing.local;
    let local = name;
    for (let n = 2; this.scope.isBound(local); n++) local = `${name}_${n}`;
    this.byKey.set(key, { module, name, local });
    this.scope.bind(local);
    return local;
  }

  /** The import block, without a trailing blank line; '' when nothing is imported. */
  render(): string {
    const modules = new Map<string, ImportedName[]>();
    for (const imported of this.byKey.values()) {
      modules.set(imported.module, [...(modules.get(imported.module) ?? []), imported]);
    }
    const groups: string[][] = [[], [], [], []];
    for (const module of [...modules.keys()].sort()) {
      const names = (modules.get(module) ?? [])
        .map(({ name, local }) => (name === local ? name : `${name} as ${local}`))
        .sort();
      groups[groupOf(module)]?.push(importLine(module, names));
    }
    return groups
      .filter((lines) => lines.length > 0)
      .map((lines) => lines.join('\n'))
      .join('\n\n');
  }
}

function importLine(module: string, names: readonly string[]): string {
  const flat = `from ${module} import ${names.join(', ')}`;
  if (flat.length <= LINE_WIDTH) return flat;
  return `from ${module} import (\n${names.map((name) => `    ${name},\n`).join('')})`;
}
