import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { minimatch } from 'minimatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildMain } from '../scripts/build.mjs';
import { ICON_FILES, PNG_SIZES } from '../scripts/icons/icon-set';
import { defaultExportWorker } from './main/services/deliverables/export-jobs';
import { defaultImportWorker } from './main/services/deliverables/xlsx-import';
import { reportFontDirectory } from './main/services/deliverables/report-fonts';

interface BuilderConfig {
  asar?: unknown;
  asarUnpack?: string[];
  directories?: { buildResources?: string };
  extraResources?: { from: string; to: string }[];
  fileAssociations?: { ext: string; name?: string; mimeType?: string; role?: string }[];
  deb?: { afterInstall?: string; afterRemove?: string };
  files?: unknown;
  electronFuses?: Record<string, unknown>;
  linux?: { target?: unknown; maintainer?: string; executableName?: string; icon?: string; mimeTypes?: string[] };
  win?: { target?: unknown; icon?: string };
  mac?: { target?: unknown; icon?: string };
  productName?: unknown;
}

const config: BuilderConfig = parse(readFileSync(new URL('../electron-builder.yml', import.meta.url), 'utf8'));
const require = createRequire(import.meta.url);
const isInstalled = (name: string) => {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
};

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

const root = path.resolve(import.meta.dirname, '..');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  author?: { name?: string; email?: string };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  engines?: { node?: string };
};

describe('what a deb, a dmg and an NSIS installer need', () => {
  it('names an author with an e-mail and a deb maintainer', () => {
    expect(packageJson.author?.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(config.linux?.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
  });

  it('would catch a misspelt file association key', async () => {
    await expect(validateWithElectronBuilder({ ...config, fileAssociations: [{ extension: 'cairn' }] })).rejects.toThrow(/fileAssociations/);
  });

  it('associates .cairn files with Cairn on every platform, with a MIME type for Linux', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'cairn', name: 'Cairn engagement file', mimeType: 'application/x-cairn', role: 'Editor' })]);
    expect(config.linux?.mimeTypes).toContain('application/x-cairn');
  });

  it('takes every icon from the set `npm run icons` generates into buildResources', () => {
    const resources = config.directories?.buildResources ?? '';
    expect(resources).toBe('build/icons');
    expect(config.win?.icon).toBe(path.posix.join(resources, ICON_FILES.ico));
    expect(config.mac?.icon).toBe(path.posix.join(resources, ICON_FILES.icns));
    expect(config.linux?.icon).toBe(path.posix.join(resources, ICON_FILES.pngFolder));
    expect(PNG_SIZES).toEqual(expect.arrayContaining([16, 32, 48, 64, 128, 256, 512]));
  });

  it('ships runtime packages as dependencies (the CLI bundle imports conf) and names supported Node versions', () => {
    expect(packageJson.dependencies).toHaveProperty('conf');
    expect(packageJson.devDependencies).not.toHaveProperty('conf');
    expect(packageJson.engines?.node).toBe('^20.19 || ^22.12 || >=24');
  });
});

describe('the cairn command of an installed copy', () => {
  const launcher = path.join(root, 'resources', 'bin', 'cairn');

  it('ships the launchers as resources/bin', () => {
    expect(config.extraResources).toContainEqual({ from: 'resources/bin', to: 'bin' });
    expect(readdirSync(path.join(root, 'resources', 'bin')).sort()).toEqual(['cairn', 'cairn.cmd']);
    accessSync(launcher, constants.X_OK);
  });

  it('starts the app binary with --cli (RunAsNode stays off), from Linux /opt and macOS bundles alike', () => {
    const script = readFileSync(launcher, 'utf8');
    expect(script).toContain(`"$here/../../${config.linux?.executableName}"`);
    expect(script).toContain('"$here/../../MacOS/Cairn"');
    expect(script).toMatch(/exec "\$app" --cli "\$@"/);
    expect(readFileSync(path.join(root, 'resources', 'bin', 'cairn.cmd'), 'utf8')).toContain('"%~dp0..\\..\\Cairn.exe" --cli %*');
  });

  it('keeps the desktop app and the command apart on Linux: cairn-desktop opens the window, /usr/bin/cairn is the command', () => {
    expect(config.linux?.executableName).toBe('cairn-desktop');
    const install = readFileSync(path.join(root, config.deb?.afterInstall ?? ''), 'utf8');
    const remove = readFileSync(path.join(root, config.deb?.afterRemove ?? ''), 'utf8');
    expect(install).toContain("ln -sf '/opt/${sanitizedProductName}/resources/bin/cairn' '/usr/bin/cairn'");
    expect(remove).toContain("rm -f '/usr/bin/cairn'");
    // electron-builder's own steps are kept (the GUI link, chrome-sandbox, MIME and desktop databases).
    for (const step of ["update-alternatives --install '/usr/bin/${executable}'", 'chrome-sandbox', 'update-mime-database', 'update-desktop-database']) expect(install).toContain(step);
  });

  it('uses only the macros electron-builder fills into deb scripts (it refuses any other)', () => {
    for (const script of [config.deb?.afterInstall, config.deb?.afterRemove]) {
      const macros = [...readFileSync(path.join(root, script ?? ''), 'utf8').matchAll(/\$\{([a-zA-Z]+)\}/g)].map((match) => match[1]);
      expect(new Set(macros)).toEqual(new Set(['executable', 'sanitizedProductName']));
    }
  });
});

describe('the files the build emits', () => {
  let outDir: string;
  let emitted: string[];
  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), 'cairn-build-'));
    await buildMain({ outDir });
    emitted = readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .map((file) => `dist/${file}`);
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  const unpacked = (file: string) => (config.asarUnpack ?? []).some((pattern) => minimatch(file, pattern));

  it('unpacks every worker thread bundle from the asar', () => {
    const workers = emitted.filter((file) => /worker.*\.cjs$/.test(file));
    expect(workers.sort()).toEqual(['dist/main/export-worker.cjs', 'dist/main/xlsx-import-worker.cjs']);
    for (const worker of workers) expect(unpacked(worker), worker).toBe(true);
  });

  it('unpacks the fonts the PDF writer reads in its worker, and nothing a worker does not need', () => {
    const fonts = emitted.filter((file) => file.startsWith('dist/fonts/') && file.endsWith('.ttf'));
    expect(fonts.length).toBeGreaterThanOrEqual(4);
    for (const font of fonts) expect(unpacked(font), font).toBe(true);
    expect(unpacked('dist/main/index.cjs')).toBe(false);
    expect(unpacked('dist/renderer/index.html')).toBe(false);
  });

  it('starts the workers and finds the fonts outside the archive once packaged', () => {
    const packagedMain = pathToFileURL('/opt/Cairn/resources/app.asar/dist/main/index.cjs').href;
    expect(defaultExportWorker(packagedMain).file).toBe(path.join('/opt/Cairn/resources/app.asar.unpacked/dist/main/export-worker.cjs'));
    expect(defaultImportWorker(packagedMain).file).toMatch(/app\.asar\.unpacked[\\/]dist[\\/]main[\\/]xlsx-import-worker\.cjs$/);
    expect(reportFontDirectory(packagedMain)).toBe(path.join('/opt/Cairn/resources/app.asar.unpacked/dist/fonts'));
  });

  it("serves pdf.js's worker to the page through app://, which main reads from inside the asar", () => {
    // The renderer is never unpacked: main's app:// handler reads it with Electron's asar-aware fs.
    expect((config.asarUnpack ?? []).some((pattern) => pattern.startsWith('dist/renderer'))).toBe(false);
    expect(readFileSync(path.join(root, 'renderer', 'src', 'features', 'deliverables', 'load-pdfjs.ts'), 'utf8')).toContain("pdfjs-dist/build/pdf.worker.min.mjs?url");
  });

  it('bundles the workers self-contained, so nothing is needed from node_modules at run time', () => {
    for (const worker of ['main/export-worker.cjs', 'main/xlsx-import-worker.cjs']) {
      const code = readFileSync(path.join(outDir, worker), 'utf8');
      const required = [...code.matchAll(/\brequire\("([^".][^"]*)"\)/g)].map((match) => match[1]!).filter((name) => !name.startsWith('node:'));
      const builtins = new Set(require('node:module').builtinModules as string[]);
      // resvg picks its native binary by platform: the branch for the machine that builds is
      // bundled (its .node file copied beside the worker); the other platforms' branches stay
      // as requires that never run here (each platform's package build bundles its own).
      const otherPlatformAddon = (name: string) => /^@resvg\/resvg-js-[a-z0-9-]+$/.test(name) && !isInstalled(name);
      expect(required.filter((name) => !builtins.has(name) && !otherPlatformAddon(name)), worker).toEqual([]);
    }
    expect(readdirSync(path.join(outDir, 'main')).some((file) => file.endsWith('.node'))).toBe(true);
  });

  it('runs the bundled main as the cairn command on --cli: no window, the CLI output, the CLI exit code', () => {
    // Electron's binary cannot be downloaded here, so Node plays it with a stand-in `electron`
    // module that records what main asks of `app`; everything else is the shipped bundle.
    const stub = path.join(outDir, 'stub', 'node_modules', 'electron');
    mkdirSync(stub, { recursive: true });
    writeFileSync(
      path.join(stub, 'index.js'),
      `const calls = [];
       const record = (name) => (...args) => { calls.push(name); };
       module.exports = { app: new Proxy({ exit: (code) => { process.stderr.write('app:' + calls.join(',') + '\\n'); process.exit(code); } }, {
         get: (target, key) => (key in target ? target[key] : key === 'dock' ? undefined : record(String(key))),
       }), BrowserWindow: function () { throw new Error('a window was created'); } };`,
    );
    const dataDir = path.join(outDir, 'data');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(outDir, 'main', 'index.cjs'), '--cli', ...args, '--data-dir', dataDir], {
        env: { ...process.env, NODE_PATH: path.join(outDir, 'stub', 'node_modules') },
        encoding: 'utf8',
        timeout: 60_000,
      });
    const demo = run('demo');
    expect(demo.status, demo.stderr).toBe(0);
    expect(demo.stdout).toMatch(/Created demo client “Nordlicht Outdoor GmbH”/);
    expect(demo.stderr).toMatch(/app:disableHardwareAcceleration,on/);
    expect(demo.stderr).not.toMatch(/whenReady|requestSingleInstanceLock|setPath/);
    const list = run('list', '--json');
    expect(list.status).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ name: 'Nordlicht Outdoor GmbH' })]);
    const wrong = run('frobnicate');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('unknown command “frobnicate”');
  }, 60_000);
});

