/**
 * Links the app may hand to the operating system (shell.openExternal): https: pages and
 * mailto: addresses only, with no credentials and nothing that could smuggle a command.
 */
export function isAllowedExternalUrl(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2_000) return false;
  // Control characters, whitespace and backslashes have no business in a link we open.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(raw)) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') {
    return url.username === '' && url.password === '' && url.hostname.length > 0 && raw.startsWith('https://');
  }
  if (url.protocol === 'mailto:') {
    return /^mailto:[^@\s/\\]+@[^@\s/\\]+$/.test(raw.split('?')[0] ?? '');
  }
  return false;
}
