/**
 * True when two designs differ at most in the `ui` of tasks and groups
 * (positions, pins, folds): nothing Airflow, validation or the forecast reads.
 * Lets the store keep findings and the forecast of a design that was only
 * moved or laid out, instead of re-checking 2,000 tasks (a 30–80 ms task on
 * the main thread after every Auto-layout). Relies on edits being immutable
 * updates that keep untouched values by reference (applyChange does), so a
 * real edit is never mistaken for a move: any other value that is not the
 * same object counts as a change.
 */
import type { Design } from '../design/design.ts';

/** Two tasks (or groups) alike in every key but `ui`, value for value by reference. */
export const sameExceptUi = <T extends object>(a: T, b: T): boolean => {
  if (a === b) return true;
  const keysA = Object.keys(a).filter((k) => k !== 'ui');
  const keysB = Object.keys(b).filter((k) => k !== 'ui');
  return (
    keysA.length === keysB.length && keysA.every((k) => Object.is(a[k as keyof T], b[k as keyof T]))
  );
};

const sameListExceptUi = <T extends object>(a: readonly T[], b: readonly T[]): boolean =>
  a === b || (a.length === b.length && a.every((x, i) => sameExceptUi(x, b[i]!)));

export function differsOnlyInUi(a: Design, b: Design): boolean {
  if (a === b) return true;
  const keys = Object.keys(b) as (keyof Design)[];
  if (keys.length !== Object.keys(a).length) return false;
  return keys.every((k) => {
    if (k === 'tasks') return sameListExceptUi(a.tasks, b.tasks);
    if (k === 'groups') return sameListExceptUi(a.groups, b.groups);
    return Object.is(a[k], b[k]);
  });
}
