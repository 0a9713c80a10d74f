import { useCallback, useEffect, useRef, useState } from 'react';
import type { SaveAnswersRequest } from '../../../contracts/assessment';

export type AutosaveState = 'idle' | 'saving' | 'saved' | 'error';

type Pending = { answers: Record<string, string | number | null>; notes: Record<string, string | null> };

/**
 * Answers and notes are sent as they change (PUT of the partial answers), coalesced over a short
 * delay; a failed save keeps its changes and is retried, so nothing typed on site is lost.
 */
export function useAutosave(save: (body: SaveAnswersRequest) => Promise<unknown>) {
  const [state, setState] = useState<AutosaveState>('idle');
  const pending = useRef<Pending>({ answers: {}, notes: {} });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) await inFlight.current;
    const batch = pending.current;
    if (Object.keys(batch.answers).length === 0 && Object.keys(batch.notes).length === 0) return;
    pending.current = { answers: {}, notes: {} };
    setState('saving');
    const run = (async () => {
      try {
        await saveRef.current(batch);
        setState(
          Object.keys(pending.current.answers).length + Object.keys(pending.current.notes).length > 0
            ? 'saving'
            : 'saved',
        );
      } catch {
        // Put the failed changes back under any newer ones, and try again shortly.
        pending.current = {
          answers: { ...batch.answers, ...pending.current.answers },
          notes: { ...batch.notes, ...pending.current.notes },
        };
        setState('error');
        timer.current = setTimeout(() => void flush(), 3000);
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }, []);

  const schedule = useCallback(
    (delay: number) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [flush],
  );

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return {
    state,
    flush,
    setAnswer: (itemId: string, value: string | number | null) => {
      pending.current.answers[itemId] = value;
      schedule(250);
    },
    setNote: (itemId: string, note: string) => {
      pending.current.notes[itemId] = note === '' ? null : note;
      schedule(800);
    },
  };
}
