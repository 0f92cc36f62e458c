/**
 * The CodeMirror 6 editor behind CodeEditor, in its own module so the app
 * loads it with `import()` (a separate chunk, not in the first-load bundle).
 * Python gets @codemirror/lang-python (the same lezer grammar the validator
 * reads), bash the legacy shell mode; Airflow's `{{ }}` / `{% %}` stand out
 * in both. Colours are the theme's CSS variables (styles/global.css), so the
 * editor follows light and dark like the rest of the app.
 */
import { history, defaultKeymap, historyKeymap, indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import {
  HighlightStyle,
  StreamLanguage,
  bracketMatching,
  indentUnit,
  syntaxHighlighting,
} from '@codemirror/language';
import { shell } from '@codemirror/legacy-modes/mode/shell';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorState, Transaction, type Extension } from '@codemirror/state';
import {
  Decoration,
  EditorView,
  MatchDecorator,
  ViewPlugin,
  keymap,
  lineNumbers,
  placeholder as placeholderText,
  type DecorationSet,
  type ViewUpdate,
} from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { CodeMark } from './code-marks.ts';

export type CodeLanguage = 'python' | 'bash';

/** The attributes of the editable element (it carries the field's id, name and state). */
export type ContentAttributes = Record<string, string>;

export interface CodeEditorOptions {
  parent: HTMLElement;
  text: string;
  language: CodeLanguage;
  placeholder?: string;
  attributes: ContentAttributes;
  /** Called with the whole text after each edit the user makes (not after `setText`). */
  onChange: (text: string) => void;
}

export interface CodeEditorHandle {
  /** Shows `text` (an outside change: undo, another panel) without calling onChange. */
  setText: (text: string) => void;
  setMarks: (marks: readonly CodeMark[]) => void;
  setAttributes: (attributes: ContentAttributes) => void;
  /** The editor's text, lines joined by `\n`. */
  text: () => string;
  focus: (selection?: { anchor: number; head: number }) => void;
  destroy: () => void;
}

const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.operatorKeyword], color: 'var(--code-keyword)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--code-string)' },
  { tag: [tags.comment, tags.lineComment], color: 'var(--code-comment)', fontStyle: 'italic' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--code-number)' },
  {
    tag: [tags.function(tags.definition(tags.variableName)), tags.definition(tags.className)],
    color: 'var(--code-function)',
    fontWeight: '600',
  },
  { tag: [tags.standard(tags.variableName), tags.self], color: 'var(--code-builtin)' },
  { tag: [tags.meta, tags.annotation], color: 'var(--code-decorator)' },
  { tag: [tags.special(tags.variableName), tags.variableName], color: 'inherit' },
  { tag: tags.invalid, color: 'var(--error)' },
]);

const theme = EditorView.theme({
  '&': {
    color: 'var(--text)',
    backgroundColor: 'var(--surface-subtle)',
    border: '1px solid var(--border)',
    borderRadius: '6px',
    fontSize: '12px',
  },
  // :focus-within draws the ring the moment focus lands (CodeMirror sets .cm-focused a little later).
  '&.cm-focused, &:focus-within': { outline: '2px solid var(--accent)', outlineOffset: '1px' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '18px', minHeight: '80px' },
  '.cm-content': { padding: '8px 0', caretColor: 'var(--text)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)' },
  '.cm-gutters': {
    backgroundColor: 'var(--surface-subtle)',
    color: 'var(--text-muted)',
    borderRight: '1px solid var(--border)',
    borderRadius: '6px 0 0 6px',
  },
  '.cm-placeholder': { color: 'var(--text-muted)' },
  '.cm-jinja': { color: 'var(--code-jinja)', backgroundColor: 'var(--code-jinja-bg)' },
  '.cm-tooltip': {
    backgroundColor: 'var(--surface)',
    color: 'var(--text)',
    border: '1px solid var(--border)',
  },
  '&.cm-focused .cm-matchingBracket': { backgroundColor: 'var(--accent-soft)' },
  '::selection, .cm-selectionBackground': { backgroundColor: 'var(--accent-soft)' },
});

/** `{{ ds }}` and `{% if %}`: rendered by Airflow, not by Python or bash. */
const jinja = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    private readonly matcher = new MatchDecorator({
      regexp: /\{\{[^\n]*?\}\}|\{%[^\n]*?%\}/g,
      decoration: Decoration.mark({ class: 'cm-jinja' }),
    });
    constructor(view: EditorView) {
      this.decorations = this.matcher.createDeco(view);
    }
    update(update: ViewUpdate) {
      this.decorations = this.matcher.updateDeco(update, this.decorations);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

const languageOf = (language: CodeLanguage): Extension =>
  language === 'python' ? python() : StreamLanguage.define(shell);

export function createCodeEditor(options: CodeEditorOptions): CodeEditorHandle {
  const attributes = new Compartment();
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        lineNumbers(),
        lintGutter(),
        history(),
        bracketMatching(),
        indentUnit.of('    '),
        EditorState.tabSize.of(4),
        EditorView.lineWrapping,
        // Tab indents; Escape then Tab leaves (CodeMirror's own tab focus mode): no keyboard trap.
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        languageOf(options.language),
        syntaxHighlighting(highlight),
        jinja,
        theme,
        options.placeholder ? placeholderText(options.placeholder) : [],
        attributes.of(EditorView.contentAttributes.of(options.attributes)),
        EditorView.updateListener.of((update) => {
          const outside = update.transactions.some((tr) => tr.annotation(Transaction.remote));
          if (update.docChanged && !outside) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });

  return {
    setText(text) {
      const current = view.state.doc.toString();
      const next = text.replace(/\r\n?/g, '\n');
      if (next === current) return;
      // Replace only what differs, so the caret and scroll stay where they were.
      let start = 0;
      while (start < current.length && current[start] === next[start]) start++;
      let end = 0;
      while (
        end < current.length - start &&
        end < next.length - start &&
        current[current.length - 1 - end] === next[next.length - 1 - end]
      )
        end++;
      view.dispatch({
        changes: {
          from: start,
          to: current.length - end,
          insert: next.slice(start, next.length - end),
        },
        annotations: [Transaction.remote.of(true), Transaction.addToHistory.of(false)],
      });
    },
    setMarks(marks) {
      const length = view.state.doc.length;
      const diagnostics: Diagnostic[] = marks.map((mark) => ({
        from: Math.min(mark.from, length),
        to: Math.min(mark.to, length),
        severity: mark.severity,
        message: mark.message,
      }));
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    setAttributes(next) {
      view.dispatch({ effects: attributes.reconfigure(EditorView.contentAttributes.of(next)) });
    },
    text: () => view.state.doc.toString(),
    focus(selection) {
      if (selection) {
        const length = view.state.doc.length;
        view.dispatch({
          selection: {
            anchor: Math.min(selection.anchor, length),
            head: Math.min(selection.head, length),
          },
        });
      }
      view.focus();
    },
    destroy: () => view.destroy(),
  };
}
