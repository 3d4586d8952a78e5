import { useCallback, useState } from 'react';
import type { FacilitationOutcome } from '../../store/facilitation.slice';

/** The last refusal of a planning edit, shown once under the editor until the next edit succeeds. */
export function usePlanningMessage() {
  const [message, setMessage] = useState<string | null>(null);
  const report = useCallback((outcome: FacilitationOutcome): FacilitationOutcome => {
    setMessage(outcome.ok ? null : outcome.message);
    return outcome;
  }, []);
  return { message, report, clear: () => setMessage(null) };
}
