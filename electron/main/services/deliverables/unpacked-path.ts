import { sep } from 'node:path';

/**
 * The same file outside the asar archive: electron-builder puts every `asarUnpack` file in
 * `app.asar.unpacked` beside `app.asar`. Worker threads are started from there (and read
 * their fonts from there) so they never depend on the archive being readable from a
 * worker; paths that are not in an archive come back unchanged.
 */
export function unpackedPath(filePath: string, separator: string = sep): string {
  const inside = `${separator}app.asar${separator}`;
  return filePath.includes(inside) ? filePath.replace(inside, `${separator}app.asar.unpacked${separator}`) : filePath;
}
