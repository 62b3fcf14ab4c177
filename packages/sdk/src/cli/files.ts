import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isBudgetCitoyenError } from '../errors.js';
import { parsePbStream } from '../pabulib/parse.js';
import type { NamedPbInstance } from '../export/pabulib.js';
import { CliError } from './failure.js';

/** The `.pb` files named, a directory standing for the `.pb` files in it (by name). */
export async function expandPbPaths(paths: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
      throw new CliError(`cannot read ${path}: ${error.code === 'ENOENT' ? 'no such file or directory' : error.message}`);
    });
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const inside = (await readdir(absolute)).filter((name) => name.endsWith('.pb')).sort();
    if (inside.length === 0) throw new CliError(`${path} holds no .pb file`);
    files.push(...inside.map((name) => `${path.replace(/[\\/]+$/, '')}/${name}`));
  }
  return files;
}

/** How to read flawed files: refuse them (`strict`), or read past each flaw and say so. */
export interface PbReading {
  strict?: boolean;
  /** One line per flaw read past, naming the file and the line: `<path>: line 477: …; counted once`. */
  warn?: (line: string) => void;
}

/**
 * Reads and parses one `.pb` file as it streams from the disk (a large file is never held
 * whole); a problem names the file, and the line when there is one.
 */
export async function readPbFile(path: string, cwd: string, reading: PbReading = {}): Promise<NamedPbInstance> {
  const { strict, warn } = reading;
  const stream = createReadStream(resolve(cwd, path));
  try {
    const instance = await parsePbStream(stream, { strict, onWarning: warn && ((warning) => warn(`${path}: ${warning.message}`)) });
    return { name: path, instance };
  } catch (error) {
    // PbParseError's message is `line N: problem`.
    if (isBudgetCitoyenError(error)) throw new CliError(`${path}: ${error.message}`);
    const { code, message } = error as NodeJS.ErrnoException;
    if (code) throw new CliError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file or directory' : message}`);
    throw error;
  } finally {
    stream.destroy();
  }
}
