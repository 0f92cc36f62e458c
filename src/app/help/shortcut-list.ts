/** The keyboard shortcuts the help dialog lists (the handlers live in the shortcut hooks). */

export interface Shortcut {
  keys: readonly string[];
  action: string;
}

export const SHORTCUTS: readonly { section: string; items: readonly Shortcut[] }[] = [
  {
    section: 'Design',
    items: [
      { keys: ['Ctrl/⌘', 'Z'], action: 'Undo' },
      { keys: ['Ctrl/⌘', 'Shift', 'Z'], action: 'Redo (also Ctrl/⌘ + Y)' },
      { keys: ['Ctrl/⌘', 'S'], action: 'Save the design file' },
      { keys: ['Shift', 'L'], action: 'Auto-layout' },
    ],
  },
  {
    section: 'Canvas',
    items: [
      { keys: ['F2'], action: 'Rename the selected task' },
      { keys: ['Ctrl/⌘', 'C'], action: 'Copy the selected tasks (with their edges and groups)' },
      { keys: ['Ctrl/⌘', 'X'], action: 'Cut the selected tasks' },
      {
        keys: ['Ctrl/⌘', 'V'],
        action: 'Paste tasks (in this tab or another); on an empty canvas, open a pasted design',
      },
      { keys: ['Ctrl/⌘', 'A'], action: 'Select every task' },
      { keys: ['Ctrl/⌘', 'D'], action: 'Duplicate the selected tasks' },
      { keys: ['Delete'], action: 'Delete the selection (also Backspace)' },
      { keys: ['Shift', 'drag'], action: 'Select with a box' },
      { keys: ['Ctrl/⌘', 'click'], action: 'Add to the selection' },
      { keys: ['Enter'], action: 'Add the focused palette operator to the canvas' },
    ],
  },
  {
    section: 'Anywhere',
    items: [
      { keys: ['Escape'], action: 'Close a menu or dismiss the notice' },
      { keys: ['?'], action: 'Show this list' },
    ],
  },
];
