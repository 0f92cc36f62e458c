/**
 * Canvas-only UI state (not in the editor store: nothing else needs it):
 * which task or group is being renamed inline and the open context menu.
 */
import { create } from 'zustand';

export interface ContextMenuState {
  /** Position in client (screen) pixels. */
  x: number;
  y: number;
  taskId: string;
}

interface CanvasUi {
  renamingId: string | null;
  /** The group whose label is being edited in place. */
  renamingGroupId: string | null;
  menu: ContextMenuState | null;
  startRename: (taskId: string) => void;
  startGroupRename: (groupId: string) => void;
  stopRename: () => void;
  openMenu: (menu: ContextMenuState) => void;
  closeMenu: () => void;
}

export const useCanvasUi = create<CanvasUi>()((set) => ({
  renamingId: null,
  renamingGroupId: null,
  menu: null,
  startRename: (renamingId) => set({ renamingId, renamingGroupId: null, menu: null }),
  startGroupRename: (renamingGroupId) => set({ renamingGroupId, renamingId: null, menu: null }),
  stopRename: () => set({ renamingId: null, renamingGroupId: null }),
  openMenu: (menu) => set({ menu }),
  closeMenu: () => set({ menu: null }),
}));
