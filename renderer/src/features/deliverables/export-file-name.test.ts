import { describe, expect, it } from 'vitest';
import { deliverableFileName } from './export-file-name';

const date = new Date(2026, 5, 3, 23, 30);

describe('deliverableFileName', () => {
  it('names client, engagement and the local date with en dashes', () => {
    expect(deliverableFileName({ client: 'Nordlicht Outdoor GmbH', subject: 'Community launch', date, extension: 'xlsx' })).toBe(
      'Nordlicht Outdoor GmbH – Community launch – 2026-06-03.xlsx',
    );
  });

  it('leaves out a missing or blank engagement and tidies spaces', () => {
    expect(deliverableFileName({ client: '  Sol  y Mar ', subject: null, date, extension: 'pdf' })).toBe('Sol y Mar – 2026-06-03.pdf');
    expect(deliverableFileName({ client: 'Sol y Mar', subject: '   ', date, extension: 'pdf' })).toBe('Sol y Mar – 2026-06-03.pdf');
  });
});
