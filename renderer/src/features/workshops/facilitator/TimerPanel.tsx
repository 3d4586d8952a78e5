import { useEffect, useRef, useState } from 'react';
import { Pause, Play, SkipForward } from 'lucide-react';
import { dayAgainstAvailable, isOver, overrunMs, remainingMs, timeLeftVsPlan, timerOf, type AgendaItem, type Workshop } from '../../../../../shared/workshop';
import type { TimerCommand } from '../../../store/facilitation.slice';
import { beep } from './end-cue';
import { formatClock, formatMinutes } from './facilitator-format';
import './facilitator-timer.css';

/** Re-renders this component (only) a few times a second while something runs. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!active) return;
    const handle = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(handle);
  }, [active]);
  return now;
}

/** The item's countdown with its controls, the end cue, and the day's time left against the plan. */
export function TimerPanel({ workshop, item, onCommand }: { workshop: Workshop; item: AgendaItem; onCommand: (command: TimerCommand) => void }) {
  const timer = timerOf(item);
  const anyRunning = workshop.agenda.some((entry) => entry.timer.running);
  const now = useNow(anyRunning);
  const over = !timer.done && (timer.running || timer.accumulatedMs > 0) && isOver(timer, now);
  const day = timeLeftVsPlan(workshop, now);
  const available = dayAgainstAvailable(workshop, now);

  // The audible cue sounds once, when the countdown crosses zero while running.
  const wasOver = useRef(over);
  useEffect(() => {
    if (over && !wasOver.current && timer.running) beep();
    wasOver.current = over;
  }, [over, timer.running]);

  const fresh = !timer.running && timer.accumulatedMs === 0 && !timer.done;
  const behind = day.behindMs;
  return (
    <div className="facilitator__timer" data-over={over || undefined}>
      <p className="facilitator__clock" aria-label={`Time left on this item: ${formatClock(remainingMs(timer, now))}`} role="timer">
        {over ? `+${formatClock(overrunMs(timer, now))}` : formatClock(remainingMs(timer, now))}
      </p>
      {over ? (
        <p className="facilitator__time-up" role="alert">
          Time is up
        </p>
      ) : null}
      <p className="facilitator__timer-state">
        {timer.done ? 'Finished' : timer.running ? 'Running' : fresh ? `${item.plannedMinutes} min planned` : 'Paused'}
        {timer.extensionsMs > 0 ? ` · extended ${formatMinutes(timer.extensionsMs)}` : ''}
      </p>
      <div className="facilitator__timer-controls" role="group" aria-label="Countdown">
        {timer.running ? (
          <button type="button" className="btn facilitator__button" onClick={() => onCommand({ kind: 'pause' })} aria-keyshortcuts="Alt+T">
            <Pause aria-hidden size={22} /> Pause
          </button>
        ) : (
          <button type="button" className="btn btn--primary facilitator__button" onClick={() => onCommand(fresh ? { kind: 'start' } : { kind: 'resume' })} aria-keyshortcuts="Alt+T">
            <Play aria-hidden size={22} /> {fresh ? 'Start' : 'Resume'}
          </button>
        )}
        <button type="button" className="btn facilitator__button" onClick={() => onCommand({ kind: 'extend', minutes: 1 })} aria-keyshortcuts="Alt+1">
          +1 min
        </button>
        <button type="button" className="btn facilitator__button" onClick={() => onCommand({ kind: 'extend', minutes: 5 })} aria-keyshortcuts="Alt+5">
          +5 min
        </button>
        <button type="button" className="btn facilitator__button" onClick={() => onCommand({ kind: 'finish' })} disabled={timer.done} aria-keyshortcuts="Alt+F">
          <SkipForward aria-hidden size={22} /> Finish
        </button>
      </div>
      <p className="facilitator__day">
        Day: {formatMinutes(day.leftMs)} left of {formatMinutes(day.plannedMs)} planned
        {Math.abs(behind) >= 60_000 ? <strong>{behind > 0 ? ` · ${formatMinutes(behind)} behind` : ` · ${formatMinutes(behind)} ahead`}</strong> : ' · on plan'}
      </p>
      {available ? (
        <p className="facilitator__day" data-over={available.spareMs < 0 || undefined}>
          Available today: {formatMinutes(available.availableMs)}
          {available.spareMs >= 0 ? ` · ${formatMinutes(available.spareMs)} to spare` : <strong>{` · ${formatMinutes(available.spareMs)} over the time available`}</strong>}
        </p>
      ) : null}
    </div>
  );
}
