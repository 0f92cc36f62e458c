/**
 * The code field for Python callables and bash commands: CodeMirror 6,
 * loaded on first use with `import()` so it stays out of the first-load
 * bundle. Until it arrives (or if it never does) a plain textarea edits the
 * same value, so nothing typed is lost; when the editor takes over it keeps
 * the text, the focus and the caret. Every edit goes to `onChange` (the
 * form turns it into a DesignChange); outside changes (undo) flow back in.
 * Findings with a place (`Finding.at`) are marked on their line.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Finding } from '../../model/findings.ts';
import { labelId } from '../fields/FieldShell.tsx';
import { codeMarks } from './code-marks.ts';
import type { CodeEditorHandle, CodeLanguage, ContentAttributes } from './codemirror-setup.ts';

type Setup = typeof import('./codemirror-setup.ts');

export interface CodeEditorProps {
  id: string;
  value: string;
  language: CodeLanguage;
  onChange: (value: string) => void;
  placeholder?: string;
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
  /** Findings about this field; those with a place are marked inline. */
  findings?: readonly Finding[];
}

/** How a keyboard user leaves the editor; fields using it show this in their help. */
export const CODE_EDITOR_KEYS = 'Tab indents; Esc then Tab leaves.';

let loading: Promise<Setup> | null = null;
/** One request for the editor chunk, shared by every field; a failed load may be retried. */
function loadSetup(): Promise<Setup> {
  loading ??= import('./codemirror-setup.ts').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

const NO_FINDINGS: readonly Finding[] = [];

export function CodeEditor(props: CodeEditorProps) {
  const { id, value, language, onChange, findings = NO_FINDINGS } = props;
  const [setup, setSetup] = useState<Setup | null>(null);
  const fallback = useRef<HTMLTextAreaElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<CodeEditorHandle | null>(null);
  // Where the textarea's caret was when the editor arrived, if it had focus.
  const handover = useRef<{ anchor: number; head: number } | null>(null);

  const attributes = useMemo<ContentAttributes>(() => {
    const out: ContentAttributes = { id, 'aria-labelledby': labelId(id) };
    if (props.describedBy) out['aria-describedby'] = props.describedBy;
    if (props.invalid) out['aria-invalid'] = 'true';
    if (props.required) out['aria-required'] = 'true';
    return out;
  }, [id, props.describedBy, props.invalid, props.required]);
  // What the editor reads when it is created and on each edit (refs are written after render).
  const latest = useRef({ value, onChange, attributes });
  useLayoutEffect(() => {
    latest.current = { value, onChange, attributes };
  });

  useEffect(() => {
    let live = true;
    loadSetup().then(
      (loaded) => {
        if (!live) return;
        const area = fallback.current;
        handover.current =
          area && document.activeElement === area
            ? { anchor: area.selectionStart, head: area.selectionEnd }
            : null;
        setSetup(loaded);
      },
      // The chunk did not load (offline, a new deploy): the textarea keeps working.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  // Language and placeholder are fixed per editor instance; a change builds a new one.
  useLayoutEffect(() => {
    if (!setup || !host.current) return;
    const handle = setup.createCodeEditor({
      parent: host.current,
      text: latest.current.value,
      language,
      placeholder: props.placeholder,
      attributes: latest.current.attributes,
      onChange: (text) => latest.current.onChange(text),
    });
    editor.current = handle;
    if (handover.current) {
      handle.focus(handover.current);
      handover.current = null;
    }
    return () => {
      handle.destroy();
      editor.current = null;
    };
  }, [setup, language, props.placeholder]);

  // A <label for> only focuses form controls: clicking the field's name focuses the editor too.
  useEffect(() => {
    const label = setup ? document.getElementById(labelId(id)) : null;
    const focusEditor = () => editor.current?.focus();
    label?.addEventListener('click', focusEditor);
    return () => label?.removeEventListener('click', focusEditor);
  }, [setup, id]);

  useEffect(() => editor.current?.setText(value), [value, setup]);
  useEffect(() => editor.current?.setAttributes(attributes), [attributes, setup]);
  useEffect(() => {
    const handle = editor.current;
    if (handle) handle.setMarks(codeMarks(handle.text(), findings));
  }, [findings, setup]);

  if (setup) return <div className="code-editor" ref={host} />;
  return (
    <textarea
      ref={fallback}
      id={id}
      className="input input--area input--mono code-editor__fallback"
      rows={Math.max(4, value.split('\n').length + 1)}
      value={value}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      autoCorrect="off"
      placeholder={props.placeholder}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid || undefined}
      aria-required={props.required || undefined}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
