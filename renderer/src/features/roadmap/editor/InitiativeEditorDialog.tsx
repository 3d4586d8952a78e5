import type { Client } from '../../../../../shared/domain/client';

export interface InitiativeEditorProps {
  client: Client;
  initiativeId: string;
  onClose: () => void;
}

// The initiative editor, opened from the board, the timeline, the matrix and the table.
export function InitiativeEditorDialog({ client, initiativeId, onClose }: InitiativeEditorProps) {
  void onClose;
  return <p className="empty-hint">{client.initiatives.find((item) => item.id === initiativeId)?.title}</p>;
}
