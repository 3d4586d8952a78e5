import { ENGAGEMENT_STATUSES, type Engagement } from '../../../../shared/domain/client';

type Status = Engagement['status'];

export const STATUS_LABELS: Record<Status, string> = {
  planned: 'Planned',
  active: 'Active',
  'on-hold': 'On hold',
  completed: 'Completed',
};

export const parseStatus = (value: string): Status => ENGAGEMENT_STATUSES.find((status) => status === value) ?? 'planned';
