import { useState } from 'react';

/** Which record of a list is on screen: the chosen one while it exists, else the first (newest). */
export function useSelectedRecord<T extends { id: string }>(records: readonly T[]): [T | undefined, (id: string | null) => void] {
  const [chosenId, setChosenId] = useState<string | null>(null);
  const selected = records.find((record) => record.id === chosenId) ?? records[0];
  return [selected, setChosenId];
}
