import { describe, expect, it, vi } from 'vitest';
import { editorStore } from '../store/index.ts';
import { expireNotice, HIDE_NEWS_AFTER_MS } from './notice-expiry.ts';

const s = () => editorStore.getState();

describe('expireNotice', () => {
  it('drops a success notice as soon as the design changes (e.g. the added task is renamed)', () => {
    const id = s().addTaskFromOperator('EmptyOperator', { x: 0, y: 0 }, null)!;
    s().showNotice('success', `Added ${id} (Empty)`);
    const stop = expireNotice(s().notice!);
    expect(s().notice?.text).toBe(`Added ${id} (Empty)`);
    s().apply({ type: 'renameTask', from: id, to: 'start' });
    expect(s().notice).toBeNull();
    stop();
  });

  it('keeps an error notice past the timeout, drops it when the next action succeeds', () => {
    vi.useFakeTimers();
    try {
      s().showNotice('error', 'Not connected: a -> b -> a');
      const stopError = expireNotice(s().notice!);
      vi.advanceTimersByTime(HIDE_NEWS_AFTER_MS * 3);
      expect(s().notice?.kind).toBe('error');
      s().addTaskFromOperator('EmptyOperator', { x: 300, y: 0 }, null);
      expect(s().notice).toBeNull();
      stopError();
    } finally {
      vi.useRealTimers();
    }
  });

  it('never clears a newer notice', () => {
    s().showNotice('info', 'old news');
    const stopOld = expireNotice(s().notice!);
    s().showNotice('success', 'newer');
    s().addTaskFromOperator('EmptyOperator', { x: 600, y: 0 }, null);
    expect(s().notice?.text).toBe('newer');
    stopOld();
  });
});
