import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from './external-links';

describe('isAllowedExternalUrl', () => {
  it.each([
    ['https://www.communityroundtable.com/research/', true],
    ['mailto:anna.kowalska@example.pl', true],
    ['mailto:anna@example.pl?subject=Workshop', true],
    ['http://example.com', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['smb://attacker/share', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['https://user:pass@example.com', false],
    ['https:\\\\example.com', false],
    [' https://example.com', false],
    ['https://exa mple.com', false],
    ['https://example.com/\u0000', false],
    ['vbscript:msgbox', false],
    ['app://cairn/index.html', false],
    ['mailto:', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isAllowedExternalUrl(url)).toBe(expected);
  });
});
