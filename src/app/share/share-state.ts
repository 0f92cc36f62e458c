/**
 * What the share dialogs show: the link just made (or why none could be),
 * and a design that arrived in a link, waiting for the user to open it.
 */
import { create } from 'zustand';
import type { Design } from '../../design/design.ts';

export type Outgoing =
  | { kind: 'link'; url: string; dagId: string; tasks: number; copied: boolean }
  | { kind: 'too-large'; size: number; max: number };

export interface ShareState {
  outgoing: Outgoing | null;
  /** A valid design from a link, not opened yet. */
  incoming: Design | null;
}

export const useShareState = create<ShareState>(() => ({ outgoing: null, incoming: null }));
