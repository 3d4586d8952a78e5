/**
 * Where the renderer lives. Content is served by our own privileged `app:` scheme
 * rather than file://, so the page has a real origin that CSP, navigation checks and
 * the IPC sender check can all pin to.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cairn';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
