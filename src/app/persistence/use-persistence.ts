/**
 * Startup of the app's storage: autosave, the unload guard, restoring the
 * last design, then any design carried in the address bar's link (which
 * arrives after the restore, so it never lands under a restored design).
 */
import { useEffect } from 'react';
import { readSharedLinkFromLocation } from '../share/share-actions.ts';
import { startPersistence } from './session.ts';

export function usePersistence(): void {
  useEffect(() => {
    let live = true;
    void startPersistence().then(() => {
      if (live) void readSharedLinkFromLocation();
    });
    // A link pasted into the address bar of an open tab only changes the fragment.
    const onHash = () => void readSharedLinkFromLocation();
    window.addEventListener('hashchange', onHash);
    return () => {
      live = false;
      window.removeEventListener('hashchange', onHash);
    };
  }, []);
}
