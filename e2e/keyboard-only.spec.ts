/**
 * Journey (f): the accessibility bar, without the mouse. Tab walks every
 * control of the top bar, palette, canvas and inspector: each one must have
 * an accessible name and a visible focus ring (the app's `:focus-visible`
 * outline). Then a Bash task is added from the palette, its bash_command is
 * reached with Tab and typed, and Ctrl+Z (outside any field) takes it back.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** Enough presses to walk an empty design's whole page once (it wraps sooner). */
const MAX_TABS = 80;

/** Inputs whose parts Tab visits before leaving them, and at most how many parts. */
const SEGMENTED_INPUTS = ['date', 'time', 'datetime-local', 'month', 'week'];
const MAX_SEGMENTS = 4;

/** What a test needs to know about the focused element (read in the page). */
interface Focused {
  /** A DOM path that tells elements apart (to notice when Tab wraps around). */
  path: string;
  tag: string;
  role: string;
  id: string;
  className: string;
  /** The accessible name, from aria-label, aria-labelledby, a <label>, title or content. */
  name: string;
  /** Its aria-describedby text (help, errors, how to leave a code editor). */
  description: string;
  /** An outline or box-shadow is drawn around it. */
  ring: boolean;
  /** An input's type (date and time inputs keep focus while Tab walks their parts). */
  type: string;
  /** Typing goes into it (shortcuts are ignored there). */
  editable: boolean;
}

/** Reads `document.activeElement`; null when nothing (the body) has focus. */
async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return null;
    const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
    const tag = el.tagName.toLowerCase();
    const role = el.getAttribute('role') ?? '';
    let name = clean(el.getAttribute('aria-label'));
    const labelledBy = el.getAttribute('aria-labelledby');
    if (!name && labelledBy) {
      name = clean(
        labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent)
          .join(' '),
      );
    }
    const labels = (el as HTMLInputElement).labels;
    if (!name && labels) name = clean([...labels].map((l) => l.textContent).join(' '));
    if (!name) name = clean(el.title);
    // Only buttons, links and the like take their name from their content.
    const namedByContent =
      tag === 'button' ||
      tag === 'a' ||
      tag === 'summary' ||
      ['button', 'link', 'tab', 'menuitem', 'option', 'treeitem', 'switch'].includes(role);
    // Content hidden from assistive technology (icons, chevrons) names nothing.
    const visibleText = (n: Node): string =>
      n instanceof Element
        ? n.getAttribute('aria-hidden') === 'true'
          ? ''
          : [...n.childNodes].map(visibleText).join('')
        : (n.textContent ?? '');
    if (!name && namedByContent) name = clean(visibleText(el));

    // A code editor (CodeMirror) draws its focus ring round the whole editor
    // box (gutter included), not on the editable content inside it.
    const ringed = el.classList.contains('cm-content') ? (el.closest('.cm-editor') ?? el) : el;
    const style = getComputedStyle(ringed);
    const outline =
      style.outlineStyle !== 'none' &&
      parseFloat(style.outlineWidth) > 0 &&
      style.outlineColor !== 'transparent' &&
      style.outlineColor !== 'rgba(0, 0, 0, 0)';
    const shadow = style.boxShadow !== 'none';

    const path: string[] = [];
    for (let n: Element | null = el; n && n !== document.body; n = n.parentElement) {
      const index = n.parentElement ? [...n.parentElement.children].indexOf(n) : 0;
      path.unshift(`${n.tagName.toLowerCase()}:${index}`);
    }
    return {
      path: path.join('>'),
      tag,
      role,
      type: el instanceof HTMLInputElement ? el.type : '',
      id: el.id,
      className: typeof el.className === 'string' ? el.className : '',
      name,
      description: clean(
        (el.getAttribute('aria-describedby') ?? '')
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent)
          .join(' '),
      ),
      ring: outline || shadow,
      editable: el.isContentEditable || ['input', 'textarea', 'select'].includes(tag),
    };
  });
}

const describe = (f: Focused): string =>
  `<${f.tag}${f.role ? ` role=${f.role}` : ''}${f.id ? ` id=${f.id}` : ''}${
    f.className ? ` class="${f.className}"` : ''
  }> named "${f.name}"`;

/**
 * A code editor keeps Tab for indenting and says in its description how to
 * leave it (Esc, then Tab): a keyboard user reads that and does so.
 */
const LEAVE_CODE_EDITOR = /Esc then Tab leaves/;

/** Moves focus on with Tab, the way the focused control says to. */
async function pressTab(page: Page, from: Focused | null): Promise<Focused | null> {
  if (from && LEAVE_CODE_EDITOR.test(from.description)) await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  return focused(page);
}

/** Presses Tab until `wanted` holds for the focused element (at most MAX_TABS times). */
async function tabUntil(
  page: Page,
  what: string,
  wanted: (f: Focused) => boolean,
): Promise<Focused> {
  const seen: string[] = [];
  let now = await focused(page);
  for (let i = 0; i < MAX_TABS; i++) {
    now = await pressTab(page, now);
    if (now && wanted(now)) return now;
    seen.push(now ? describe(now) : '<body>');
  }
  throw new Error(`Tab never reached ${what}; focus went through:\n${seen.join('\n')}`);
}

/**
 * Tabs from the current focus until it comes back round (or leaves the page),
 * adds every control without a name or a visible focus to `offenders`, and
 * returns the names met on the way.
 */
async function walk(page: Page, when: string, offenders: string[]): Promise<string[]> {
  const walked: Focused[] = [];
  const start = await focused(page);
  let previous = start;
  let segmentTabs = 0;
  for (let i = 0; i < MAX_TABS; i++) {
    const now = await pressTab(page, previous);
    if (!now) {
      if (walked.length > 0) break; // focus left the page: the walk is complete
      continue;
    }
    if (now.path === previous?.path) {
      // Tab walks a native date or time input's parts (day, month, year) first.
      if (SEGMENTED_INPUTS.includes(now.type) && ++segmentTabs <= MAX_SEGMENTS) continue;
      offenders.push(`${when}: ${describe(now)}: keyboard trap (Tab stays, no "Esc then Tab")`);
      break;
    }
    if (now.path === start?.path || walked.some((w) => w.path === now.path)) break; // wrapped
    walked.push(now);
    previous = now;
    segmentTabs = 0;
  }
  for (const f of walked) {
    const missing = [!f.name && 'no accessible name', !f.ring && 'no visible focus'].filter(
      Boolean,
    );
    if (missing.length) offenders.push(`${when}: ${describe(f)}: ${missing.join(', ')}`);
  }
  return walked.map((f) => f.name);
}

test('every control is reachable by keyboard with a name and a visible focus; a task is added, filled and undone without the mouse', async ({
  editor,
  inspector,
  problems,
  page,
}) => {
  await editor.open();

  // 1. Walk the page with Tab until focus comes back round to the first control.
  const offenders: string[] = [];
  const first = await walk(page, 'empty design', offenders);
  for (const expected of [
    'New',
    'Airflow target',
    'Search operators',
    'Bash',
    'Zoom In',
    'Problems',
    'Task',
  ]) {
    expect(first, `Tab reaches "${expected}"`).toContain(expected);
  }

  // 2. Add a Bash task from the palette: search, Tab to the item, Enter.
  await tabUntil(page, 'the palette search', (f) => f.name === 'Search operators');
  await page.keyboard.type('Bash');
  await tabUntil(page, 'the Bash palette item', (f) => f.tag === 'button' && f.name === 'Bash');
  await page.keyboard.press('Enter');
  await expect(editor.taskNodes).toHaveCount(1);
  await expect(problems.badge).toHaveAccessibleName(/^1 error\b/);

  // Walk again with a task on the canvas and in the inspector, then on the
  // DAG, Code and Forecast tabs (arrow keys move between tabs; only the chosen one is a Tab stop).
  const withTask = await walk(page, 'one task selected', offenders);
  expect(withTask, 'Tab reaches the task node and its form').toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^Task \w+, Bash$/),
      expect.stringMatching(/^task_id\b/),
      expect.stringMatching(/^bash_command\b/),
    ]),
  );
  for (const tab of ['DAG', 'Code', 'Forecast']) {
    await tabUntil(page, 'the selected inspector tab', (f) => f.role === 'tab');
    await page.keyboard.press('ArrowRight');
    await expect(inspector.root.getByRole('tab', { name: tab })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(inspector.root.getByRole('tab', { name: tab })).toBeFocused();
    await walk(page, `${tab} tab`, offenders);
  }
  expect(offenders, 'focusable controls without a name or a visible focus').toEqual([]);
  await tabUntil(page, 'the Code tab', (f) => f.role === 'tab');
  await page.keyboard.press('ArrowRight'); // the tabs wrap: Code -> Task
  await expect(inspector.root.getByRole('tab', { name: 'Task' })).toHaveAttribute(
    'aria-selected',
    'true',
  );

  await tabUntil(page, 'the bash_command field', (f) => /^bash_command(\s|\*|$)/.test(f.name));
  await expect(inspector.field('bash_command')).toBeFocused();
  await page.keyboard.type('echo keyboard only');
  // Leave the field with Tab (commits the draft); on to a control that is not a field.
  const outside = await tabUntil(page, 'a control outside any field', (f) => !f.editable);
  expect(outside.name).not.toBe('');
  await expect.poll(() => inspector.codeText('bash_command')).toBe('echo keyboard only');
  await expect(problems.badge).toHaveAccessibleName(/^(No problems|0 errors\b)/);

  // 3. Ctrl+Z outside a field takes the command back; the task stays.
  await page.keyboard.press('Control+Z');
  await expect.poll(() => inspector.codeText('bash_command')).toBe('');
  await expect(problems.badge).toHaveAccessibleName(/^1 error\b/);
  await expect(editor.taskNodes).toHaveCount(1);

  // 4. The end state.
  await editor.screenshot('keyboard-only');
});
