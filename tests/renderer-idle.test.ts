/**
 * whenIdle (renderer/src/util/idle.ts): the page's idle callback with the caller's timeout where the
 * browser has one, else a timer with the caller's fallback delay; either can be cancelled.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../renderer/src/util/idle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it('asks for an idle callback with the timeout, and cancels that callback', () => {
    const asked: Array<{ timeout: number | undefined; run: () => void }> = [];
    const cancelled: number[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void, options?: { timeout?: number }) => {
      asked.push({ timeout: options?.timeout, run });
      return 7;
    });
    vi.stubGlobal('cancelIdleCallback', (handle: number) => cancelled.push(handle));
    let ran = 0;
    const cancel = whenIdle(() => ran++, 1500, 300);
    expect(asked.map((a) => a.timeout)).toEqual([1500]);
    expect(ran).toBe(0);
    asked[0]!.run();
    expect(ran).toBe(1);
    cancel();
    expect(cancelled).toEqual([7]);
  });

  it('without idle callbacks runs after the fallback delay, unless cancelled', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    let ran = 0;
    whenIdle(() => ran++, 1500, 300);
    const cancel = whenIdle(() => ran++, 1500, 300);
    cancel();
    vi.advanceTimersByTime(299);
    expect(ran).toBe(0);
    vi.advanceTimersByTime(1);
    expect(ran).toBe(1);
  });
});
