import { isAllowedExternalUrl } from '../../shared/security/external-links';
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from './app-origin';

/**
 * True when `raw` is a URL on the app's own origin (`app://cairn/…`), with nothing
 * that could make a look-alike pass: no credentials, no port, no other host.
 */
export function isAppUrl(raw: string): boolean {
  if (typeof raw !== 'string' || !raw.startsWith(`${APP_ORIGIN}/`)) return false;
  // Control characters and backslashes are never part of a URL we produce.
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/** A frame as far as the IPC sender check cares: its URL and whether it is the top frame. */
export interface SenderFrame {
  url: string;
  /** `null` for the top-level frame of a page. */
  parent: unknown;
}

/**
 * May this frame call the Cairn API? Only the app's own page, and only its top frame:
 * a sub-frame (even one of ours) or anything loaded from elsewhere is refused.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame) return false;
  return frame.parent === null && isAppUrl(frame.url);
}

/** Navigation inside a window is allowed only within the app itself (e.g. a reload). */
export function isAllowedNavigation(targetUrl: string): boolean {
  return isAppUrl(targetUrl);
}

/**
 * What to do when the page asks for a new window (target=_blank, window.open). Cairn
 * never opens a second Electron window; allow-listed links go to the operating system.
 */
export function decideWindowOpen(targetUrl: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isAllowedExternalUrl(targetUrl) };
}
