import { readdir, readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isBudgetCitoyenError } from '../errors.js';
import { parsePb } from '../pabulib/parse.js';
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

/** Reads and parses one `.pb` file; a problem names the file, and the line when there is one. */
export async function readPbFile(path: string, cwd: string): Promise<NamedPbInstance> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new CliError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file or directory' : message}`);
  }
  try {
    return { name: path, instance: parsePb(text) };
  } catch (error) {
    // PbParseError's message is `line N: problem`.
    if (isBudgetCitoyenError(error)) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
}
