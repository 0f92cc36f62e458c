/**
 * One undo step per visit to a field, not per keystroke: focusing a control
 * inside the form starts a store gesture (history paused), leaving it ends
 * the gesture (one step if the design changed). Typing "hello" then Ctrl+Z
 * (outside the field) undoes the whole word.
 */
import { useEffect, useRef } from 'react';
import { useEditor } from '../store/index.ts';

export interface EditSessionHandlers {
  onFocus: () => void;
  onBlur: () => void;
}

export function useEditSession(): EditSessionHandlers {
  const begin = useEditor((s) => s.beginGesture);
  const end = useEditor((s) => s.endGesture);
  const active = useRef(false);
  // A form that unmounts while a field has focus must not leave history paused.
  useEffect(
    () => () => {
      if (active.current) {
        active.current = false;
        end();
      }
    },
    [end],
  );
  return {
    onFocus: () => {
      if (active.current) return;
      active.current = true;
      begin();
    },
    onBlur: () => {
      if (!active.current) return;
      active.current = false;
      end();
    },
  };
}
