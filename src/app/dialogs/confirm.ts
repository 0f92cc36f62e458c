/**
 * In-app questions instead of `window.confirm`: `askConfirm` returns a
 * promise the <ConfirmHost> dialog settles. One question at a time; a new
 * one answers the previous with "no".
 */
import { create } from 'zustand';

export interface ConfirmRequest {
  title: string;
  message: string;
  /** The label of the button that goes on (e.g. "Open anyway"). */
  confirmLabel: string;
}

interface Pending extends ConfirmRequest {
  answer: (yes: boolean) => void;
}

interface ConfirmState {
  pending: Pending | null;
}

export const useConfirmState = create<ConfirmState>(() => ({ pending: null }));

export function askConfirm(request: ConfirmRequest): Promise<boolean> {
  useConfirmState.getState().pending?.answer(false);
  return new Promise((resolve) => {
    const answer = (yes: boolean) => {
      if (useConfirmState.getState().pending?.answer === answer)
        useConfirmState.setState({ pending: null });
      resolve(yes);
    };
    useConfirmState.setState({ pending: { ...request, answer } });
  });
}
