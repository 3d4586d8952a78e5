import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { archiveName, rotateLogFile } from './log-rotation';

describe('rotateLogFile', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cairn-logs-'));
  const log = path.join(dir, 'main.log');
  afterEach(() => {
    for (const name of readdirSync(dir)) rmSync(path.join(dir, name));
  });

  it('names archives main.1.log, main.2.log, …', () => {
    expect(archiveName('/logs/main.log', 2)).toBe(path.join('/logs', 'main.2.log'));
  });

  it('keeps the three newest archives and drops the oldest', () => {
    for (let round = 1; round <= 5; round += 1) {
      writeFileSync(log, `round ${round}\n`);
      rotateLogFile(log);
    }
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.3.log']);
    expect(readFileSync(archiveName(log, 1), 'utf8')).toBe('round 5\n');
    expect(readFileSync(archiveName(log, 3), 'utf8')).toBe('round 3\n');
  });

  it('does nothing harmful when there is no log yet', () => {
    rotateLogFile(log);
    expect(readdirSync(dir)).toEqual([]);
  });
});
