import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORKSHOP_LIMITS } from './workshop-schema';
import { elapsedMs, extendTimer, finishTimer, isOver, overrunMs, pauseTimer, remainingMs, resumeTimer, startTimer, type TimerState } from './workshop-timer';

const MIN = 60_000;
const T0 = 1_700_000_000_000;
const idle = (plannedMinutes = 10): TimerState => ({ plannedMs: plannedMinutes * MIN, extensionsMs: 0, startedAt: null, accumulatedMs: 0, running: false, done: false });

type Step = ['start' | 'pause' | 'resume' | 'finish', number] | ['extend', number];

const play = (steps: Step[], timer = idle()): TimerState =>
  steps.reduce((state, [op, value]) => {
    switch (op) {
      case 'start':
        return startTimer(state, T0 + value * MIN);
      case 'pause':
        return pauseTimer(state, T0 + value * MIN);
      case 'resume':
        return resumeTimer(state, T0 + value * MIN);
      case 'finish':
        return finishTimer(state, T0 + value * MIN);
      case 'extend':
        return extendTimer(state, value * MIN);
    }
  }, timer);

describe('timer arithmetic (10-minute item, times in minutes after T0)', () => {
  it.each<[string, Step[], number, { elapsed: number; remaining: number; over: boolean; overrun: number }]>([
    ['never started', [], 5, { elapsed: 0, remaining: 10, over: false, overrun: 0 }],
    ['running', [['start', 0]], 4, { elapsed: 4, remaining: 6, over: false, overrun: 0 }],
    ['paused keeps its time', [['start', 0], ['pause', 3]], 20, { elapsed: 3, remaining: 7, over: false, overrun: 0 }],
    ['pause and resume', [['start', 0], ['pause', 3], ['resume', 10]], 12, { elapsed: 5, remaining: 5, over: false, overrun: 0 }],
    ['two pauses', [['start', 0], ['pause', 2], ['resume', 5], ['pause', 7], ['resume', 20]], 21, { elapsed: 5, remaining: 5, over: false, overrun: 0 }],
    ['exactly at the end is over', [['start', 0]], 10, { elapsed: 10, remaining: 0, over: true, overrun: 0 }],
    ['overrun', [['start', 0]], 13, { elapsed: 13, remaining: 0, over: true, overrun: 3 }],
    ['an extension before the end', [['start', 0], ['extend', 5]], 12, { elapsed: 12, remaining: 3, over: false, overrun: 0 }],
    ['running out then extending', [['start', 0], ['extend', 2]], 13, { elapsed: 13, remaining: 0, over: true, overrun: 1 }],
    ['extensions add up', [['start', 0], ['extend', 2], ['extend', 3]], 14, { elapsed: 14, remaining: 1, over: false, overrun: 0 }],
    ['an extension while paused', [['start', 0], ['pause', 9], ['extend', 5]], 30, { elapsed: 9, remaining: 6, over: false, overrun: 0 }],
    ['start again from the top drops time and extensions', [['start', 0], ['extend', 5], ['pause', 8], ['start', 20]], 21, { elapsed: 1, remaining: 9, over: false, overrun: 0 }],
    ['pausing twice counts once', [['start', 0], ['pause', 3], ['pause', 6]], 9, { elapsed: 3, remaining: 7, over: false, overrun: 0 }],
    ['resuming a running timer changes nothing', [['start', 0], ['resume', 5]], 6, { elapsed: 6, remaining: 4, over: false, overrun: 0 }],
    ['a negative or zero extension is ignored', [['start', 0], ['extend', -5], ['extend', 0]], 4, { elapsed: 4, remaining: 6, over: false, overrun: 0 }],
    ['finishing stops the clock', [['start', 0], ['finish', 6]], 30, { elapsed: 6, remaining: 4, over: false, overrun: 0 }],
    ['a clock stepping backwards counts as no time', [['start', 10]], 8, { elapsed: 0, remaining: 10, over: false, overrun: 0 }],
  ])('%s', (_label, steps, at, expected) => {
    const timer = play(steps);
    const now = T0 + at * MIN;
    expect({ elapsed: elapsedMs(timer, now) / MIN, remaining: remainingMs(timer, now) / MIN, over: isOver(timer, now), overrun: overrunMs(timer, now) / MIN }).toEqual(expected);
  });

  it('marks finished items done and reopens them on resume', () => {
    const finished = play([['start', 0], ['finish', 6]]);
    expect(finished).toMatchObject({ done: true, running: false, startedAt: null });
    expect(resumeTimer(finished, T0 + 7 * MIN)).toMatchObject({ done: false, running: true });
  });

  it('caps the total of extensions', () => {
    expect(extendTimer(idle(), 10 * WORKSHOP_LIMITS.extensionsMs).extensionsMs).toBe(WORKSHOP_LIMITS.extensionsMs);
    expect(extendTimer(idle(), Number.NaN)).toEqual(idle());
  });

  it('never lets remaining time grow while running, except through an extension', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 5 * MIN }) }),
      fc.record({ kind: fc.constant('pause' as const), ms: fc.integer({ min: 0, max: 5 * MIN }) }),
      fc.record({ kind: fc.constant('resume' as const), ms: fc.integer({ min: 0, max: 5 * MIN }) }),
      fc.record({ kind: fc.constant('extend' as const), ms: fc.integer({ min: -MIN, max: 10 * MIN }) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), fc.array(op, { maxLength: 40 }), (minutes, ops) => {
        let now = T0;
        let timer = startTimer(idle(minutes), now);
        let last = remainingMs(timer, now);
        for (const step of ops) {
          now += step.kind === 'extend' ? 0 : step.ms;
          if (step.kind === 'pause') timer = pauseTimer(timer, now);
          if (step.kind === 'resume') timer = resumeTimer(timer, now);
          const before = timer.extensionsMs;
          if (step.kind === 'extend') timer = extendTimer(timer, step.ms);
          const granted = timer.extensionsMs - before;
          const current = remainingMs(timer, now);
          // Time may only come back by exactly what an extension granted.
          if (current > last + granted) return false;
          if (step.kind === 'extend' && granted === 0 && current !== last) return false;
          last = current;
        }
        return true;
      }),
    );
  });
});
