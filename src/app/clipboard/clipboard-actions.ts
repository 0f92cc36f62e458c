/**
 * Copy, cut and paste of tasks through the system clipboard, so they work
 * within a tab and between tabs (and windows) alike. What travels is plain
 * design JSON (a fragment: the tasks, their inner edges, their groups), so a
 * paste goes through the one parser like a file does. Pasting on an empty
 * canvas opens the pasted design whole (a *.dag.json's text opens as the
 * file would); on a canvas with tasks it inserts them, ids de-duplicated.
 */
import { serializeDesign, parseDesignText } from '../../io/index.ts';
import { fragmentOf, pasteFragment, tasksInGroup } from '../../model/fragment.ts';
import { editorStore } from '../../store/index.ts';
import { describeFindings, openDesignText } from '../file-actions.ts';

const PASTED_SOURCE = 'the pasted design';

/** The tasks a copy takes: the selected tasks, or every task of the selected group. */
function copiedTaskIds(): string[] {
  const s = editorStore.getState();
  if (s.selectedTaskIds.length > 0) return [...s.selectedTaskIds];
  return s.selectedGroupId !== null ? tasksInGroup(s.design, s.selectedGroupId) : [];
}

const plural = (n: number): string => `${n} task${n === 1 ? '' : 's'}`;

/** The clipboard text for the selection, or null when nothing is selected. */
export function copySelection(): string | null {
  const s = editorStore.getState();
  const ids = copiedTaskIds();
  if (ids.length === 0) return null;
  s.showNotice('info', `Copied ${plural(ids.length)}`);
  return serializeDesign(fragmentOf(s.design, ids));
}

/** Copy, then delete the copied tasks (one undo step). */
export function cutSelection(): string | null {
  const ids = copiedTaskIds();
  const text = copySelection();
  if (text === null) return null;
  const s = editorStore.getState();
  s.apply({ type: 'removeTasks', ids });
  s.showNotice('info', `Cut ${plural(ids.length)}`);
  return text;
}

/** Text that does not even start like JSON is someone else's paste: leave it alone. */
const looksLikeJson = (text: string): boolean => /^\s*[{[]/.test(text);

/** Pastes clipboard text: tasks into the design, or a whole design on an empty canvas. Returns whether it was ours. */
export async function pasteText(text: string): Promise<boolean> {
  if (!looksLikeJson(text)) return false;
  const s = editorStore.getState();
  const parsed = parseDesignText(text, PASTED_SOURCE);
  if (!parsed.ok) {
    s.showNotice('error', `Not pasted: ${describeFindings(parsed.findings)}`);
    return true;
  }
  if (s.design.tasks.length === 0) {
    await openDesignText(text, PASTED_SOURCE);
    return true;
  }
  const paste = pasteFragment(s.design, parsed.design);
  if (!paste) {
    s.showNotice('error', 'Not pasted: the clipboard design has no task to paste');
    return true;
  }
  if (s.apply(paste.change).error !== undefined) return true;
  s.select(paste.created);
  s.showNotice('success', `Pasted ${plural(paste.created.length)}`);
  return true;
}
