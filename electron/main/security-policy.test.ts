import { describe, expect, it } from 'vitest';
import { decideWindowOpen, isAllowedNavigation, isAppUrl, isTrustedSender } from './security-policy';

const HOSTILE_URLS = [
  'file:///etc/passwd',
  'file:///C:/Windows/win.ini',
  'http://localhost:5173/index.html',
  'http://127.0.0.1/',
  'https://cairn/',
  'https://evil.example/app://cairn/',
  'app://evil/index.html',
  'app://cairn.evil/index.html',
  'app://cairn@evil/index.html',
  'app://evil@cairn/index.html',
  'app://user:pass@cairn/index.html',
  'app://cairn:8080/index.html',
  'app://cairn',
  'app:/cairn/index.html',
  'app:cairn/index.html',
  'APP://cairn/index.html',
  'app://CAIRN/index.html',
  'app://cairn\\@evil/index.html',
  'app://cairn/\u0000',
  'app://cairn/\nindex.html',
  ' app://cairn/index.html',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'about:srcdoc',
  'javascript:alert(1)',
  'blob:app://cairn/0b1e6a3c-1f5e-4b0e-9d55-5c4b8d3a1b2c',
  'chrome-extension://abcdefghijklmnop/index.html',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'view-source:app://cairn/index.html',
  'filesystem:app://cairn/temporary/x',
  'ws://127.0.0.1:9222/',
  '',
];

describe('isAppUrl', () => {
  it.each(['app://cairn/index.html', 'app://cairn/', 'app://cairn/assets/index-abc123.js', 'app://cairn/index.html#/clients/42?q=x'])(
    'accepts the app origin: %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
    },
  );

  it.each(HOSTILE_URLS)('rejects %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts the top frame of the app page', () => {
    expect(isTrustedSender({ url: 'app://cairn/index.html', parent: null })).toBe(true);
  });

  it('refuses a sub-frame even on the app origin', () => {
    expect(isTrustedSender({ url: 'app://cairn/index.html', parent: { url: 'app://cairn/index.html' } })).toBe(false);
  });

  it('refuses a missing frame (it was destroyed or navigated away)', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it.each(HOSTILE_URLS)('refuses a top frame at %j', (url) => {
    expect(isTrustedSender({ url, parent: null })).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  it('allows staying inside the app (a reload)', () => {
    expect(isAllowedNavigation('app://cairn/index.html')).toBe(true);
  });

  it.each(HOSTILE_URLS)('denies navigating to %j', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('decideWindowOpen', () => {
  it('never opens an Electron window, but hands allow-listed links to the system', () => {
    expect(decideWindowOpen('https://www.communityroundtable.com/')).toEqual({ action: 'deny', openExternally: true });
    expect(decideWindowOpen('mailto:anna@example.pl')).toEqual({ action: 'deny', openExternally: true });
  });

  // https: look-alikes of the app are ordinary web pages: opening them in the browser is fine.
  const notWebLinks = HOSTILE_URLS.filter((url) => !url.startsWith('https://'));

  it.each([...notWebLinks, 'http://example.com/', 'app://cairn/index.html'])('denies and does not open %j', (url) => {
    expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: false });
  });
});
