/**
 * The file behind `bc-mock-server --data FILE` (Node only): JSON lines, a header then one
 * entry per line (the journaled requests of `http/journal.ts`; this file does not look inside).
 * A line is written when its request runs, and flushed to the disk (`fdatasync`) before any
 * answer leaves (`durable()`): whatever was answered survives a crash. Lines written while a
 * flush runs share the next one, so concurrent writes do not queue for the disk one by one.
 * A kill in the middle of a write leaves at most a last line without its newline: never
 * answered, it is dropped with a warning. The file is only ever replaced whole, by renaming a
 * complete new one over it (creation, and `POST /__mock/reset`, which starts it again).
 */
import { closeSync, existsSync, fdatasync, fdatasyncSync, fsyncSync, ftruncateSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ClockReading } from './clock.js';

/** The format this code writes and reads; a file of a later one is refused. */
export const JOURNAL_FORMAT = 1;

export interface JournalHeader {
  bcMockJournal: number;
  /** The seed the data was built from: the journal only makes sense on top of it. */
  seed: number;
  /** The clock when the data was built (it looks at the clock: a vote closed then is history). */
  loadedAt: ClockReading;
}

export interface OpenedJournal {
  file: JournalFile;
  header: JournalHeader;
  entries: unknown[];
  /** The file's line number of `entries[0]`. */
  firstLine: number;
  created: boolean;
  /** Said once on start (a torn last line dropped). */
  warnings: string[];
}

/** A data file that cannot be used as it is: the message says why and what to do. */
export class JournalFileError extends Error {
  override name = 'JournalFileError';
}

export class JournalFile {
  readonly path: string;
  #fd: number;
  /** Lines written since the last flush began. */
  #unflushed = false;
  #flushing: Promise<void> | null = null;

  private constructor(path: string) {
    this.path = path;
    this.#fd = openSync(path, 'a');
  }

  /**
   * Opens `path`, creating it for `expected` if it does not exist (or is empty). An existing
   * file must have been written by this format, from the same seed.
   */
  static open(path: string, expected: Omit<JournalHeader, 'bcMockJournal'>): OpenedJournal {
    if (!existsSync(path) || statSync(path).size === 0) {
      const header: JournalHeader = { bcMockJournal: JOURNAL_FORMAT, ...expected };
      replaceWhole(path, `${JSON.stringify(header)}\n`);
      return { file: new JournalFile(path), header, entries: [], firstLine: 2, created: true, warnings: [] };
    }
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\n');
    const torn = lines.pop()!;
    if (lines.length === 0) throw notAJournal(path);
    const warnings: string[] = [];
    if (torn !== '') {
      // The server was stopped while writing this line: its request was never answered.
      warnings.push(`${path}: line ${lines.length + 1} was cut short (the server stopped while writing it): dropped`);
      const fd = openSync(path, 'r+');
      try {
        ftruncateSync(fd, Buffer.byteLength(text) - Buffer.byteLength(torn));
        fdatasyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    const header = readHeader(path, lines[0]!, expected.seed);
    const entries = lines.slice(1).map((line, index) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw new JournalFileError(`${path}: line ${index + 2} is damaged (not a whole JSON line). Keep the file aside and start with another one.`);
      }
    });
    return { file: new JournalFile(path), header, entries, firstLine: 2, created: false, warnings };
  }

  /** Written (in order) when it returns; on the disk once `durable()` resolves. */
  append(entry: unknown): void {
    const line = Buffer.from(`${JSON.stringify(entry)}\n`);
    let written = 0;
    while (written < line.byteLength) written += writeSync(this.#fd, line, written);
    this.#unflushed = true;
  }

  /** Resolves when every line written so far is on the disk. */
  async durable(): Promise<void> {
    while (this.#unflushed || this.#flushing) {
      if (!this.#flushing) {
        this.#unflushed = false;
        const fd = this.#fd;
        // A file replaced meanwhile (a reset) was flushed whole before the rename: its old descriptor's error is moot.
        this.#flushing = new Promise<void>((resolve, reject) => fdatasync(fd, (error) => (error && fd === this.#fd ? reject(error) : resolve()))).finally(() => {
          this.#flushing = null;
        });
      }
      await this.#flushing;
    }
  }

  /** Starts the file again with only `header`, replacing it whole (what was written before is then moot). */
  restart(header: Omit<JournalHeader, 'bcMockJournal'>): void {
    replaceWhole(this.path, `${JSON.stringify({ bcMockJournal: JOURNAL_FORMAT, ...header })}\n`);
    closeSync(this.#fd);
    this.#fd = openSync(this.path, 'a');
  }

  close(): void {
    closeSync(this.#fd);
    this.#fd = -1;
  }
}

function readHeader(path: string, line: string, seed: number): JournalHeader {
  let header: Partial<JournalHeader> | undefined;
  try {
    header = JSON.parse(line) as Partial<JournalHeader>;
  } catch {
    // Refused below.
  }
  if (!header || typeof header.bcMockJournal !== 'number' || typeof header.seed !== 'number' || !header.loadedAt) throw notAJournal(path);
  if (header.bcMockJournal > JOURNAL_FORMAT) {
    throw new JournalFileError(
      `${path} was written by a newer bc-mock-server (format ${header.bcMockJournal}; this one reads format ${JOURNAL_FORMAT}): start that version, or give --data another file.`,
    );
  }
  if (header.seed !== seed) {
    throw new JournalFileError(`${path} holds data built from seed ${header.seed}, not ${seed}: start with --seed ${header.seed}, or give --data another file.`);
  }
  return header as JournalHeader;
}

const notAJournal = (path: string) =>
  new JournalFileError(`${path} is not a data file of bc-mock-server (its first line is not a journal header): give --data another file name.`);

/** Writes `text` to a new file beside `path`, flushes it, and renames it over `path`: all or nothing. */
function replaceWhole(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  // Readable by its owner only: it holds what the store holds, tokens and e-mail addresses included.
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  // The rename itself is durable once the directory is flushed (not possible everywhere: Windows).
  try {
    const dir = openSync(dirname(path), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // The data is written; only its name may wait for the system's own flush.
  }
}
