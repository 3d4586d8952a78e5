/**
 * WHATWG URL is a global in every runtime shared/ runs in (Node, Chromium, Electron), but
 * shared/ compiles without DOM or Node types on purpose. Declare just what shared/ uses.
 */
declare class URL {
  constructor(input: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly hostname: string;
  readonly host: string;
  readonly pathname: string;
}
