/**
 * Functions run inside the Cairn page by `page.evaluate` to see how long its main thread
 * is ever busy: Chromium's long-task entries (tasks over 50 ms) and, as a second witness,
 * the longest gap between animation frames.
 */

interface StallWindow extends Window {
  __cairnStall?: { longestTask: number; longTasks: number; longestFrameGap: number; frames: number; stop: () => void };
}

export function startStallProbe(): void {
  const probe = { longestTask: 0, longTasks: 0, longestFrameGap: 0, frames: 0, stop: () => undefined as void };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probe.longTasks += 1;
      probe.longestTask = Math.max(probe.longestTask, entry.duration);
    }
  });
  observer.observe({ type: 'longtask', buffered: false });
  let last = performance.now();
  let running = true;
  const frame = (now: number) => {
    if (!running) return;
    probe.frames += 1;
    probe.longestFrameGap = Math.max(probe.longestFrameGap, now - last);
    last = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame((now) => {
    last = now;
    requestAnimationFrame(frame);
  });
  probe.stop = () => {
    running = false;
    observer.disconnect();
  };
  (window as StallWindow).__cairnStall = probe;
}

export interface StallReading {
  /** Longest long task (0 when none passed 50 ms). */
  longestTask: number;
  longTasks: number;
  longestFrameGap: number;
  frames: number;
}

export function stopStallProbe(): StallReading {
  const probe = (window as StallWindow).__cairnStall;
  if (!probe) throw new Error('no stall probe running');
  probe.stop();
  return { longestTask: probe.longestTask, longTasks: probe.longTasks, longestFrameGap: probe.longestFrameGap, frames: probe.frames };
}

/**
 * Keep the main thread busy for `ms` in a task of its own (as a slow click handler would),
 * to check that the probe sees a stall. Code evaluated by the debugger is not a task.
 */
export function busyLoop(ms: number): Promise<void> {
  return new Promise((resolve) =>
    setTimeout(() => {
      const until = performance.now() + ms;
      while (performance.now() < until) {
        // spin
      }
      resolve();
    }, 0),
  );
}
