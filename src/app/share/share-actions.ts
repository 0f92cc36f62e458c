/**
 * Browser glue for share links (the encoding itself is src/io/share-link.ts):
 * Copy link, reading a link from the address bar, and opening its design as
 * a NEW local design, after the current one is safely stored.
 */
import { isShareFragment } from '../../io/index.ts';
import { editorStore } from '../../store/index.ts';
import { confirmDiscard } from '../file-actions.ts';
import { useShareState } from './share-state.ts';

/** The page's address without any fragment, to which the link's fragment is added. */
const pageUrl = (): string =>
  `${window.location.origin}${window.location.pathname}${window.location.search}`;

/** The codec and fflate: a chunk of their own, loaded when a link is made or opened. */
export const loadShareCodec = () => import('../../io/share-link.ts');

export async function copyShareLink(): Promise<void> {
  const design = editorStore.getState().design;
  const { encodeShareFragment, SHARE_FRAGMENT_MAX } = await loadShareCodec();
  const encoded = encodeShareFragment(design, SHARE_FRAGMENT_MAX);
  if (!encoded.ok) {
    useShareState.setState({
      outgoing: { kind: 'too-large', size: encoded.size, max: encoded.max },
    });
    return;
  }
  const url = pageUrl() + encoded.fragment;
  const link = { kind: 'link' as const, url, dagId: design.dag.dag_id, tasks: design.tasks.length };
  useShareState.setState({ outgoing: { ...link, copied: false } });
  try {
    await navigator.clipboard.writeText(url);
    useShareState.setState({ outgoing: { ...link, copied: true } });
  } catch {
    // No clipboard permission (or no focus): the dialog shows the link to copy by hand.
  }
}

/**
 * Reads a shared design from the address bar, if there is one, and asks the
 * user whether to open it. The fragment is removed at once, so a reload
 * shows the local design instead of asking again.
 */
export async function readSharedLinkFromLocation(): Promise<void> {
  const hash = window.location.hash;
  if (!isShareFragment(hash)) return;
  window.history.replaceState(window.history.state, '', pageUrl());
  const { decodeShareFragment } = await loadShareCodec();
  const decoded = decodeShareFragment(hash);
  if (!decoded.ok) {
    editorStore
      .getState()
      .showNotice('error', `Could not open the shared link: ${decoded.message}.`);
    return;
  }
  useShareState.setState({ incoming: decoded.design });
}

/** Opens the design from the link as a new local design (the open one stays in My designs). */
export async function openIncoming(): Promise<void> {
  const design = useShareState.getState().incoming;
  if (!design) return;
  useShareState.setState({ incoming: null });
  if (!(await confirmDiscard('Open the shared design'))) return;
  const s = editorStore.getState();
  s.loadDesign(design);
  s.showNotice(
    'success',
    `Opened the shared design ${design.dag.dag_id} (${design.tasks.length} tasks)`,
  );
}
