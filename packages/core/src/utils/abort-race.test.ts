import { getEventListeners } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { abortRace, untilAborted, watchAbort } from './abort-race.js';

describe('watchAbort', () => {
  it('puts one listener on a signal however many watch it, and takes it off with the last', () => {
    const { signal } = new AbortController();
    const stops = Array.from({ length: 100 }, () => watchAbort(signal, () => {}));
    expect(getEventListeners(signal, 'abort')).toHaveLength(1);
    for (const stop of stops.slice(0, 99)) stop();
    expect(getEventListeners(signal, 'abort')).toHaveLength(1);
    stops[99]!();
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
    stops[0]!(); // stopping twice is harmless
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
  });

  it('tells every watcher still watching when the signal aborts, and only those', () => {
    const controller = new AbortController();
    const told = [vi.fn(), vi.fn(), vi.fn()];
    const stops = told.map((callback) => watchAbort(controller.signal, callback));
    stops[1]!();
    controller.abort();
    expect(told.map((callback) => callback.mock.calls.length)).toEqual([1, 0, 1]);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('tells a watcher of a signal that has already aborted at once, adding no listener', () => {
    const callback = vi.fn();
    const stop = watchAbort(AbortSignal.abort(), callback);
    expect(callback).toHaveBeenCalledOnce();
    stop();
  });

  it('watches the same callback twice as two watches', () => {
    const controller = new AbortController();
    const callback = vi.fn();
    const stopFirst = watchAbort(controller.signal, callback);
    watchAbort(controller.signal, callback);
    stopFirst();
    controller.abort();
    expect(callback).toHaveBeenCalledOnce();
  });
});

describe('untilAborted', () => {
  it('settles with the work, leaving no listener behind', async () => {
    const { signal } = new AbortController();
    await expect(untilAborted(Promise.resolve(1), signal)).resolves.toBe(1);
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
  });

  it('rejects with the signal’s reason when it aborts first', async () => {
    const controller = new AbortController();
    const racing = untilAborted(new Promise(() => {}), controller.signal);
    controller.abort(new Error('stop'));
    await expect(racing).rejects.toThrow('stop');
  });
});

describe('abortRace', () => {
  it('rejects every race still running when aborted, with the reason, and adds no listener', async () => {
    const race = abortRace();
    const first = race.race(new Promise(() => {}));
    const second = race.race(new Promise(() => {}));
    race.abort(new Error('too slow'));
    await expect(first).rejects.toThrow('too slow');
    await expect(second).rejects.toThrow('too slow');
    expect(race.signal.aborted).toBe(true);
    expect(getEventListeners(race.signal, 'abort')).toHaveLength(0);
  });

  it('rejects a race begun after the abort at once, and lets work that ends first win', async () => {
    const race = abortRace();
    await expect(race.race(Promise.resolve('done'))).resolves.toBe('done');
    race.abort();
    race.abort(new Error('second abort is ignored'));
    await expect(race.race(Promise.resolve('late'))).rejects.toMatchObject({ name: 'AbortError' });
  });
});
