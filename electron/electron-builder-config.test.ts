import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface BuilderConfig {
  asar?: unknown;
  files?: unknown;
  electronFuses?: Record<string, unknown>;
  linux?: { target?: unknown };
  win?: { target?: unknown };
  mac?: { target?: unknown };
  productName?: unknown;
}

const config: BuilderConfig = parse(readFileSync(new URL('../electron-builder.yml', import.meta.url), 'utf8'));
const require = createRequire(import.meta.url);

/** electron-builder's own schema check, so a misspelt key fails here rather than at release time. */
function validateWithElectronBuilder(value: unknown): Promise<void> {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
    validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
  };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  return validateConfiguration(value, new DebugLogger(false));
}

const files = Array.isArray(config.files) ? config.files.map(String) : [];

describe('electron-builder.yml', () => {
  it("matches electron-builder's configuration schema", async () => {
    await expect(validateWithElectronBuilder(config)).resolves.toBeUndefined();
  });

  it('would catch a misspelt fuse', async () => {
    await expect(validateWithElectronBuilder({ ...config, electronFuses: { runAsnode: false } })).rejects.toThrow(/electronFuses/);
  });

  it('packages into an asar archive', () => {
    expect(config.asar).toBe(true);
  });

  it.each(['runAsNode', 'enableNodeOptionsEnvironmentVariable', 'enableNodeCliInspectArguments'])(
    'turns the %s fuse off',
    (fuse) => {
      expect(config.electronFuses?.[fuse]).toBe(false);
    },
  );

  it.each(['enableEmbeddedAsarIntegrityValidation', 'onlyLoadAppFromAsar', 'enableCookieEncryption'])(
    'turns the %s fuse on',
    (fuse) => {
      expect(config.electronFuses?.[fuse]).toBe(true);
    },
  );

  it('ships the built app and package.json, never sources, tests or the test bridge', () => {
    expect(files).toContain('dist/**/*');
    expect(files).toContain('package.json');
    const included = files.filter((pattern) => !pattern.startsWith('!'));
    for (const pattern of included) expect(pattern).not.toMatch(/^(test|electron|renderer|shared|bench|scripts)\b/);
    expect(files.some((pattern) => pattern.startsWith('!') && pattern.includes('test'))).toBe(true);
  });

  it('builds AppImage and deb for Linux, NSIS for Windows, dmg for macOS', () => {
    expect(config.productName).toBe('Cairn');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });
});
