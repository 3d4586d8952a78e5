import { describe, expect, it } from 'vitest';
import { createOpenQueue, filesToOpen, routeLaunch, userArguments } from './open-routing';

const packaged = { defaultApp: false, cwd: '/home/ana/Documents' };
const dev = { defaultApp: true, cwd: '/home/ana/projects/cairn' };

describe('routeLaunch', () => {
  it('opens the app with nothing to open when started plainly', () => {
    expect(routeLaunch(['/opt/Cairn/cairn-desktop'], packaged)).toEqual({ mode: 'app', files: [] });
    expect(routeLaunch(['/usr/lib/electron', 'dist/main/index.cjs'], dev)).toEqual({ mode: 'app', files: [] });
  });

  it('opens a double-clicked engagement file (first instance)', () => {
    expect(routeLaunch(['C:\\Program Files\\Cairn\\Cairn.exe', '/home/ana/Acme.cairn'], packaged)).toEqual({ mode: 'app', files: ['/home/ana/Acme.cairn'] });
  });

  it('resolves a relative path against the launching folder and ignores Chromium switches (second instance)', () => {
    const argv = ['/opt/Cairn/cairn-desktop', '--allow-file-access-from-files', '--original-process-start-time=13370000', 'clients/Acme.CAIRN'];
    expect(routeLaunch(argv, packaged)).toEqual({ mode: 'app', files: ['/home/ana/Documents/clients/Acme.CAIRN'] });
  });

  it('takes file:// URLs from a Linux desktop entry (%U)', () => {
    expect(routeLaunch(['/opt/Cairn/cairn-desktop', 'file:///home/ana/My%20Client.cairn'], packaged)).toEqual({ mode: 'app', files: ['/home/ana/My Client.cairn'] });
  });

  it('ignores the value of --data-dir, other file types, URLs and macOS process serial numbers', () => {
    const argv = ['/usr/lib/electron', '.', '--data-dir', 'demo.cairn', '-psn_0_1234', 'notes.txt', 'https://example.com/a.cairn', 'report.xlsx', '.cairn'];
    expect(routeLaunch(argv, dev)).toEqual({ mode: 'app', files: ['/home/ana/projects/cairn/report.xlsx'] });
  });

  it('opens each file once, in the order given', () => {
    expect(filesToOpen(['b.cairn', 'a.cairn', './b.cairn'], '/x')).toEqual(['/x/b.cairn', '/x/a.cairn']);
  });

  it('runs the command line on --cli and hands it everything after the flag', () => {
    expect(routeLaunch(['/opt/Cairn/cairn-desktop', '--ozone-platform=headless', '--cli', 'export', 'Acme', '--format', 'pdf', '--out', 'a.cairn'], packaged)).toEqual({
      mode: 'cli',
      args: ['export', 'Acme', '--format', 'pdf', '--out', 'a.cairn'],
    });
    expect(routeLaunch(['/usr/lib/electron', 'dist/main/index.cjs', '--cli'], dev)).toEqual({ mode: 'cli', args: [] });
  });

  it('does not mistake the app path for an argument when run through electron', () => {
    expect(userArguments(['/usr/lib/electron', 'Acme.cairn'], true)).toEqual([]);
    expect(userArguments(['/opt/Cairn/cairn-desktop', 'Acme.cairn'], false)).toEqual(['Acme.cairn']);
  });
});

describe('the open queue', () => {
  it('keeps files until the page takes them, once each', () => {
    const queue = createOpenQueue();
    expect(queue.push(['/a.cairn', '/b.txt'])).toBe(true);
    expect(queue.push(['/a.cairn'])).toBe(false);
    expect(queue.size).toBe(1);
    expect(queue.take()).toEqual(['/a.cairn']);
    expect(queue.take()).toEqual([]);
    expect(queue.push(['/a.cairn'])).toBe(true);
  });
});
