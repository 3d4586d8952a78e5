import { safeStorage } from 'electron';
import type { CredentialVault } from './services/sync/credential-vault';

/**
 * The sync password's encryption at rest in the desktop app: Electron's `safeStorage`,
 * backed by the operating system (Keychain on macOS, DPAPI on Windows, the Secret Service
 * or KWallet on Linux). It has the shape of the services' `CredentialVault` port
 * (services/sync/credential-vault.ts), so the services never import `electron`.
 *
 * On Linux without a keyring safeStorage falls back to a hard-coded key ("basic_text"):
 * that is obfuscation, not encryption, so it is reported as unable to encrypt and the
 * password is then kept in memory for the session only.
 */
export const safeStorageVault = {
  canEncrypt(): boolean {
    if (!safeStorage.isEncryptionAvailable()) return false;
    return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
  },
  encrypt(text: string): Buffer {
    return safeStorage.encryptString(text);
  },
  decrypt(data: Buffer): string {
    return safeStorage.decryptString(data);
  },
} satisfies CredentialVault;
