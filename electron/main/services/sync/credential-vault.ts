/**
 * The port through which the sync password is encrypted at rest. In the desktop app it is
 * Electron's `safeStorage` (the operating system's keychain), wired in `electron/main/`;
 * this module never imports `electron`, so the services and their tests run in plain Node.
 */
export interface CredentialVault {
  /** False when the operating system offers no encryption: the password is then kept in memory only. */
  canEncrypt(): boolean;
  encrypt(text: string): Buffer;
  decrypt(data: Buffer): string;
}

/** No encryption available (the CLI and the test bridge): a password is never written to disk. */
export const memoryOnlyVault: CredentialVault = {
  canEncrypt: () => false,
  encrypt: () => {
    throw new Error('This vault cannot encrypt; the password is kept in memory only.');
  },
  decrypt: () => {
    throw new Error('This vault cannot decrypt.');
  },
};

/**
 * TEST ONLY: a reversible scramble standing in for safeStorage so tests can check that the
 * stored bytes are not the password. It is not encryption and is never used by the app.
 */
export function createTestVault(): CredentialVault {
  const flip = (data: Buffer) => Buffer.from(data.map((byte) => byte ^ 0x5a));
  return {
    canEncrypt: () => true,
    encrypt: (text) => Buffer.concat([Buffer.from('test-vault:'), flip(Buffer.from(text, 'utf8'))]),
    decrypt: (data) => {
      const prefix = Buffer.from('test-vault:');
      if (!data.subarray(0, prefix.length).equals(prefix)) throw new Error('Not written by the test vault.');
      return flip(data.subarray(prefix.length)).toString('utf8');
    },
  };
}
