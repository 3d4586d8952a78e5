import { useCallback, useEffect, useRef, useState } from 'react';
import { ChevronLeft, ChevronRight, Keyboard, Moon, Sun, X } from 'lucide-react';
import type { Client } from '../../../../../shared/domain/client';
import { readyToMarkHeld, type AgendaItem, type AgendaMethod, type Workshop } from '../../../../../shared/workshop';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useActions, useCairn, useCairnStore } from '../../../store/StoreContext';
import type { TimerCommand } from '../../../store/facilitation.slice';
import { ActionCapture, type CaptureKind } from './ActionCapture';
import { ActionsPanel } from './ActionsPanel';
import { DotVotePanel } from './DotVotePanel';
import { MaturityVotePanel } from './MaturityVotePanel';
import { NoteBoard } from './NoteBoard';
import { NoteCapture } from './NoteCapture';
import { ShortcutsHelp } from './ShortcutsHelp';
import { paletteStyle, type ProjectorTheme } from './projector-palette';
import { TimerPanel } from './TimerPanel';
import type { Say } from './facilitation-context';
import './facilitator.css';
import './facilitator-board.css';
import './facilitator-panels.css';

export const METHOD_LABELS: Record<AgendaMethod, string> = {
  discussion: 'Discussion',
  brainstorm: 'Brainstorm',
  'dot-vote': 'Dot vote',
  'maturity-vote': 'Maturity vote',
  'decisions-actions': 'Decisions and actions',
  break: 'Break',
};


/** The item to open on: the one whose countdown runs, else the first not yet done. */
function startingIndex(workshop: Workshop): number {
  const running = workshop.agenda.findIndex((item) => item.timer.running);
  if (running >= 0) return running;
  const open = workshop.agenda.findIndex((item) => !item.timer.done);
  return open >= 0 ? open : 0;
}

const prefersDark = (): boolean => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;

/**
 * Facilitator mode: the workshop on the projector. One agenda item at a time, in large
 * type, with its countdown, what comes next and the method's own board. Every capture goes
 * through the store at once, so autosave keeps it. Escape (or leaving full screen) leaves.
 */
export function FacilitatorMode({ client: given, workshopId, onLeave }: { client: Client; workshopId: string; onLeave: () => void }) {
  const client = useCairn((state) => state.docs[given.id]) ?? given;
  const workshop = client.workshops.find((candidate) => candidate.id === workshopId);
  const { timerCommand, revealNotes, revealResults, sendRatingsToAssessment, updateWorkshopDetails } = useActions();
  const store = useCairnStore();
  const ref = useRef<HTMLDialogElement>(null);
  const [index, setIndex] = useState(() => (workshop ? startingIndex(workshop) : 0));
  const [theme, setTheme] = useState<ProjectorTheme>(() => (prefersDark() ? 'dark' : 'light'));
  const [message, setMessage] = useState<{ text: string; tone: 'info' | 'refused' } | null>(null);
  const [overlay, setOverlay] = useState<CaptureKind | 'keys' | 'held' | null>(null);
  // Where the keyboard was when a dialog opened: it goes back there when the dialog closes.
  const returnTo = useRef<HTMLElement | null>(null);
  const openOverlay = useCallback((kind: CaptureKind | 'keys' | 'held') => {
    if (!returnTo.current) returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOverlay(kind);
  }, []);
  const closeOverlay = useCallback(() => setOverlay(null), []);
  useEffect(() => {
    if (overlay !== null) return;
    const target = returnTo.current;
    returnTo.current = null;
    if (target?.isConnected) target.focus();
  }, [overlay]);

  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
    onLeave();
  }, [onLeave]);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    // Esc in full screen is taken by the browser to leave full screen; leaving it leaves the mode too.
    const onFullscreen = () => {
      if (!document.fullscreenElement) onLeave();
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreen);
      dialog?.close?.();
    };
  }, [onLeave]);

  // Each item opens ready for the keyboard: the note box in a brainstorm, the item itself otherwise.
  const focusKey = `${index}`;
  useEffect(() => {
    const dialog = ref.current;
    const target = dialog?.querySelector<HTMLElement>('.facilitator__note-box') ?? dialog?.querySelector<HTMLElement>('.facilitator__body');
    target?.focus();
  }, [focusKey]);

  const say: Say = useCallback((text, tone = 'info') => setMessage({ text, tone }), []);
  // A confirmation is a toast over the board: it goes after a few seconds; a refusal stays until the next message.
  useEffect(() => {
    if (message?.tone !== 'info') return;
    const handle = window.setTimeout(() => setMessage(null), 6000);
    return () => window.clearTimeout(handle);
  }, [message]);
  // Stable for the memoized note box; reads the item of the moment through a ref.
  const revealRef = useRef<() => void>(() => undefined);
  const onReveal = useCallback(() => revealRef.current(), []);

  // Shortcuts work wherever the focus is (a board, a list, a dialog that just closed).
  const keyHandler = useRef<(event: globalThis.KeyboardEvent) => void>(() => undefined);
  useEffect(() => {
    const listener = (event: globalThis.KeyboardEvent) => keyHandler.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  if (!workshop) {
    return (
      <dialog ref={ref} className="facilitator" data-theme={theme} style={paletteStyle(theme)} aria-label="Facilitator mode" onCancel={leave}>
        <p>This workshop no longer exists.</p>
        <button type="button" className="btn" onClick={leave}>
          Leave
        </button>
      </dialog>
    );
  }

  const items = workshop.agenda;
  const at = Math.min(index, Math.max(0, items.length - 1));
  const item: AgendaItem | undefined = items[at];
  const next = items[at + 1];

  const go = (to: number) => {
    if (to < 0 || to >= items.length) return;
    setIndex(to);
    setMessage(null);
  };

  const runTimer = (command: TimerCommand) => {
    if (!item) return;
    timerCommand(client.id, workshop.id, item.id, command);
    if (command.kind === 'finish' && item.method === 'maturity-vote') {
      const sent = sendRatingsToAssessment(client.id, workshop.id, item.id);
      if (sent.ok) say('Item finished. The ratings are in the engagement’s assessment (Maturity tab).');
    }
    if (command.kind === 'finish') {
      // Finishing the last item (or the last one still open) ends the day: offer to mark the workshop held.
      const now = store.getState().docs[client.id]?.workshops.find((candidate) => candidate.id === workshop.id);
      if (now && now.status !== 'finished' && (item.id === items.at(-1)?.id || readyToMarkHeld(now))) openOverlay('held');
    }
  };

  const markHeld = () => {
    const outcome = updateWorkshopDetails(client.id, workshop.id, { status: 'finished' });
    closeOverlay();
    say(outcome.ok ? 'Workshop marked as held. Its summary is on the workshop’s page.' : outcome.message, outcome.ok ? 'info' : 'refused');
  };

  const reveal = () => {
    if (!item) return;
    if (item.method === 'brainstorm' || item.method === 'discussion') {
      revealNotes(client.id, workshop.id, item.id);
      say('Notes revealed.');
    } else if (item.method === 'dot-vote' || item.method === 'maturity-vote') {
      revealResults(client.id, workshop.id, item.id, true);
      say('Results revealed.');
    }
  };
  revealRef.current = reveal;

  const onKeyDown = (event: globalThis.KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const { key, code, altKey, ctrlKey, metaKey, shiftKey } = event;
    if (ctrlKey || metaKey) return;
    let handled = true;
    if (key === 'F1' && overlay === null) openOverlay('keys');
    else if (key === 'PageDown' || (altKey && key === 'ArrowRight')) go(at + 1);
    else if (key === 'PageUp' || (altKey && key === 'ArrowLeft')) go(at - 1);
    else if (!altKey) handled = false;
    else if (code === 'KeyT' && item) runTimer(item.timer.running ? { kind: 'pause' } : item.timer.accumulatedMs > 0 || item.timer.done ? { kind: 'resume' } : { kind: 'start' });
    else if (code === 'Digit1') runTimer({ kind: 'extend', minutes: 1 });
    else if (code === 'Digit5') runTimer({ kind: 'extend', minutes: 5 });
    else if (code === 'KeyF') runTimer({ kind: 'finish' });
    else if (code === 'KeyA') openOverlay('action');
    else if (code === 'KeyD') openOverlay('decision');
    else if (code === 'KeyK') openOverlay('keys');
    else if (code === 'KeyL') setTheme((current) => (current === 'light' ? 'dark' : 'light'));
    else if (code === 'KeyR' && !shiftKey) reveal();
    else handled = false;
    if (handled) event.preventDefault();
  };
  keyHandler.current = onKeyDown;

  return (
    <dialog
      ref={ref}
      className="facilitator"
      data-theme={theme}
      style={paletteStyle(theme)}
      aria-label={`Facilitator mode: ${workshop.title}`}
      onCancel={(event) => {
        event.preventDefault();
        leave();
      }}
    >
      <header className="facilitator__top">
        <p className="facilitator__workshop">
          {workshop.title}
          <span className="facilitator__position">
            {' '}
            · item {at + 1} of {items.length}
          </span>
        </p>
        <div className="facilitator__top-actions">
          <button type="button" className="btn facilitator__button" onClick={() => openOverlay('action')} aria-keyshortcuts="Alt+A">
            Action <kbd>Alt+A</kbd>
          </button>
          <button type="button" className="btn facilitator__button" onClick={() => openOverlay('decision')} aria-keyshortcuts="Alt+D">
            Decision <kbd>Alt+D</kbd>
          </button>
          <button type="button" className="btn facilitator__button" onClick={() => openOverlay('keys')} aria-keyshortcuts="Alt+K F1">
            <Keyboard aria-hidden size={22} /> Keys
          </button>
          <button
            type="button"
            className="btn facilitator__button facilitator__icon-button"
            aria-label={theme === 'light' ? 'Dark projector theme' : 'Light projector theme'}
            aria-pressed={theme === 'dark'}
            aria-keyshortcuts="Alt+L"
            onClick={() => setTheme(theme === 'light' ? 'dark' : 'light')}
          >
            {theme === 'light' ? <Moon aria-hidden size={22} /> : <Sun aria-hidden size={22} />}
          </button>
          <button type="button" className="btn facilitator__button" onClick={leave}>
            <X aria-hidden size={22} /> Leave <kbd>Esc</kbd>
          </button>
        </div>
      </header>

      {item ? (
        <>
          <section className="facilitator__stage" aria-label="Current agenda item">
            <div className="facilitator__item">
              <p className="facilitator__method">{METHOD_LABELS[item.method]}</p>
              <h1 className="facilitator__title">{item.title}</h1>
              {item.prompt ? <p className="facilitator__prompt">{item.prompt}</p> : null}
            </div>
            <TimerPanel workshop={workshop} item={item} onCommand={runTimer} />
          </section>
          <nav className="facilitator__nav" aria-label="Agenda">
            <button type="button" className="btn facilitator__button" onClick={() => go(at - 1)} disabled={at === 0} aria-keyshortcuts="PageUp Alt+ArrowLeft">
              <ChevronLeft aria-hidden size={22} /> Previous
            </button>
            <p className="facilitator__next">{next ? <>Next: {next.title} · {next.plannedMinutes} min</> : workshop.status === 'finished' ? 'Last item · workshop held' : 'Last item of the day'}</p>
            <button type="button" className="btn facilitator__button" onClick={() => go(at + 1)} disabled={!next} aria-keyshortcuts="PageDown Alt+ArrowRight">
              Next <ChevronRight aria-hidden size={22} />
            </button>
          </nav>
          {message ? (
            <p className={`facilitator__message facilitator__message--${message.tone}`} role={message.tone === 'refused' ? 'alert' : 'status'}>
              {message.text}
            </p>
          ) : null}
          <main className="facilitator__body" tabIndex={-1}>
            <ItemBody client={client} workshop={workshop} item={item} say={say} onReveal={onReveal} />
          </main>
        </>
      ) : (
        <main className="facilitator__body">
          <p className="facilitator__empty">This workshop has no agenda yet. Plan it first, then come back to facilitate.</p>
        </main>
      )}
      <footer className="facilitator__keys" aria-label="Keyboard shortcuts">
        <span>
          <kbd>PgUp</kbd>/<kbd>PgDn</kbd> items
        </span>
        <span>
          <kbd>Alt+T</kbd> start/pause
        </span>
        <span>
          <kbd>Alt+1</kbd>/<kbd>Alt+5</kbd> extend
        </span>
        <span>
          <kbd>Alt+F</kbd> finish
        </span>
        <span>
          <kbd>Alt+R</kbd> reveal
        </span>
        <span>
          <kbd>Alt+A</kbd> action · <kbd>Alt+D</kbd> decision
        </span>
        <span>
          <kbd>Alt+L</kbd> light/dark
        </span>
        <span>
          <kbd>Alt+K</kbd> all keys
        </span>
      </footer>
      {overlay === 'action' || overlay === 'decision' ? <ActionCapture client={client} workshop={workshop} kind={overlay} agendaItemId={item?.id ?? null} onClose={closeOverlay} say={say} /> : null}
      {overlay === 'keys' ? <ShortcutsHelp onClose={closeOverlay} /> : null}
      {overlay === 'held' ? (
        <ConfirmDialog
          title="Mark the workshop as held?"
          message={`That was the last agenda item of “${workshop.title}”. Marking it held moves it to the workshops held, with its summary ready.`}
          confirmLabel="Mark workshop as held"
          onConfirm={markHeld}
          onCancel={closeOverlay}
        />
      ) : null}
    </dialog>
  );
}

function ItemBody({ client, workshop, item, say, onReveal }: { client: Client; workshop: Workshop; item: AgendaItem; say: Say; onReveal: () => void }) {
  switch (item.method) {
    case 'brainstorm':
      return (
        <>
          <NoteCapture
            clientId={client.id}
            workshopId={workshop.id}
            itemId={item.id}
            privateNotes={item.privateNotes}
            notes={workshop.notes}
            participants={workshop.participants}
            say={say}
            onReveal={onReveal}
          />
          <NoteBoard clientId={client.id} workshop={workshop} item={item} say={say} />
        </>
      );
    case 'dot-vote':
      return <DotVotePanel clientId={client.id} workshop={workshop} item={item} say={say} onReveal={onReveal} />;
    case 'maturity-vote':
      return <MaturityVotePanel client={client} workshop={workshop} item={item} say={say} onReveal={onReveal} />;
    case 'decisions-actions':
    case 'discussion':
      return <ActionsPanel clientId={client.id} workshop={workshop} say={say} />;
    case 'break':
      return <p className="facilitator__break">Break · back in {item.plannedMinutes} minutes</p>;
  }
}
