import { app, shell, type Session, type WebContents } from 'electron';
import { decideWindowOpen, isAllowedNavigation } from './security-policy';

/** Keep every web contents (the window and anything it might spawn) inside the app. */
function lockDownWebContents(contents: WebContents): void {
  const denyUnlessApp = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => denyUnlessApp(event, event.url));
  contents.on('will-frame-navigate', (event) => denyUnlessApp(event, event.url));
  contents.on('will-redirect', (event) => denyUnlessApp(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) void shell.openExternal(url);
    return { action: decision.action };
  });
}

/** Cairn needs no camera, notifications, HID, serial or any other permission. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Install the navigation and window-opening rules before any window exists. */
export function installWebContentsSecurity(): void {
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents));
}
