/** Shows one line under the agenda bar: a confirmation, or a refusal read out as an alert. */
export type Say = (text: string, tone?: 'info' | 'refused') => void;
