/**
 * `element.scrollIntoView()` also scrolls overflow-hidden ancestors, which
 * shifts the whole one-screen layout (top bar gone). This scrolls only the
 * nearest scrollable container.
 */
function scrollableParent(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight)
      return node;
  }
  return null;
}

/** Centres `element` vertically in its scroll container (no-op when it has none). */
export function scrollWithin(element: HTMLElement): void {
  const container = scrollableParent(element);
  if (!container) return;
  const box = container.getBoundingClientRect();
  const target = element.getBoundingClientRect();
  const offset = target.top - box.top - (box.height - Math.min(target.height, box.height)) / 2;
  container.scrollTop += offset;
}
