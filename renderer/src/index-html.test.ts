import { describe, expect, it } from 'vitest';
import html from '../index.html?raw';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';

describe('renderer/index.html', () => {
  it('repeats the shared CSP in a meta tag (frame-ancestors only works as a header)', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    const expected = CONTENT_SECURITY_POLICY.split('; ')
      .filter((directive) => !directive.startsWith('frame-ancestors'))
      .join('; ');
    expect(meta).toBe(expected);
  });

  it('has no inline script or style', () => {
    expect(html).not.toMatch(/<style|<script(?![^>]*\ssrc=)/);
  });
});
