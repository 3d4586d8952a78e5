import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { appResponseHeaders, resolveAppRequest } from './app-request';

const root = path.resolve('/opt/cairn/dist/renderer');
const inRoot = (...parts: string[]) => path.join(root, ...parts);

describe('resolveAppRequest', () => {
  it.each([
    ['app://cairn/index.html', inRoot('index.html'), 'text/html; charset=utf-8'],
    ['app://cairn/', inRoot('index.html'), 'text/html; charset=utf-8'],
    ['app://cairn/clients/42', inRoot('index.html'), 'text/html; charset=utf-8'],
    ['app://cairn/index.html?x=1#/clients', inRoot('index.html'), 'text/html; charset=utf-8'],
    ['app://cairn/assets/index-B3x9.js', inRoot('assets', 'index-B3x9.js'), 'text/javascript; charset=utf-8'],
    // A lazily loaded chunk (the roadmap, facilitator mode…) is just another file in assets/.
    ['app://cairn/assets/RoadmapTab-2FKH_ntJ.js', inRoot('assets', 'RoadmapTab-2FKH_ntJ.js'), 'text/javascript; charset=utf-8'],
    ['app://cairn/assets/index-B3x9.css', inRoot('assets', 'index-B3x9.css'), 'text/css; charset=utf-8'],
    ['app://cairn/assets/inter-latin.woff2', inRoot('assets', 'inter-latin.woff2'), 'font/woff2'],
    ['app://cairn/assets/logo.svg', inRoot('assets', 'logo.svg'), 'image/svg+xml'],
    ['app://cairn/assets/My%20Font.woff2', inRoot('assets', 'My Font.woff2'), 'font/woff2'],
  ])('serves %s from the renderer folder', (url, filePath, mimeType) => {
    expect(resolveAppRequest(url, root)).toEqual({ kind: 'file', filePath, mimeType });
  });

  it.each([
    'app://cairn/..%2f..%2fetc%2fpasswd.js',
    'app://cairn/assets/..%2F..%2Fsecret.json',
    'app://cairn/..%5c..%5cwindows%5cwin.ini',
    'app://cairn/assets\\..\\..\\secret.json',
    'app://cairn/%2e%2e%5csecret.json',
    'app://cairn/C:%5cWindows%5cwin.ini',
    'app://cairn/C:/Windows/win.ini',
    'app://cairn/index.html%00.js',
    'app://cairn/%00',
    'app://cairn/%E0%A4%A.js',
    'app://cairn/assets/%0a.js',
    'app://evil/index.html',
    'app://cairn.evil/index.html',
    'app://user@cairn/index.html',
    'file:///etc/passwd',
    'http://cairn/index.html',
    'not a url',
    'app://cairn/assets/payload.exe',
    'app://cairn/assets/tool.sh',
    'app://cairn/.env.local',
  ])('refuses %j', (url) => {
    expect(resolveAppRequest(url, root).kind).toBe('not-found');
  });

  // The URL parser already folds these dot segments away; what is left must stay inside the root.
  it.each([
    'app://cairn/../../../etc/passwd.js',
    'app://cairn/%2e%2e/%2e%2e/etc/passwd.js',
    'app://cairn/%2E%2E/%2E%2E/etc/passwd.js',
    'app://cairn/assets/./../../secret.json',
    'app://cairn//etc/passwd.js',
    'app://cairn///opt/cairn/secret.json',
  ])('keeps %j inside the renderer folder', (url) => {
    const result = resolveAppRequest(url, root);
    if (result.kind === 'file') expect(result.filePath.startsWith(root + path.sep)).toBe(true);
  });
});

describe('appResponseHeaders', () => {
  it('sends the shared CSP, forbids sniffing and caching', () => {
    const headers = appResponseHeaders('text/html; charset=utf-8');
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(headers['Cache-Control']).toBe('no-store');
  });
});
