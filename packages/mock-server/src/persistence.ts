/**
 * `--data FILE` (Node only): the journal of `http/journal.ts` kept in the file of
 * `store/journal-file.ts`. On start, the data is rebuilt from the seed, then every journaled
 * request is replayed; from then on each write is appended before it is answered.
 */
import type { MockApi } from './api.js';
import { JournalMismatch, JournalSecrets, replayJournal, type Journal, type JournalEntry } from './http/journal.js';
import { JournalFile, JournalFileError } from './store/journal-file.js';

export class DataFile implements Journal {
  readonly secrets = new JournalSecrets();
  readonly path: string;
  #file: JournalFile | null = null;

  constructor(path: string) {
    this.path = path;
  }

  append(entry: JournalEntry): void {
    try {
      this.#file!.append(entry);
    } catch (error) {
      this.#fail(error);
    }
  }

  /** Resolves when every change made so far is on the disk: no answer leaves before (the server awaits it). */
  async durable(): Promise<void> {
    try {
      await this.#file?.durable();
    } catch (error) {
      this.#fail(error);
    }
  }

  /**
   * A change is made in memory but cannot be kept: stop before it is answered, so that nobody
   * is told it was done (the client sees the connection drop, and may retry).
   */
  #fail(error: unknown): never {
    console.error(`bc-mock-server: cannot write to ${this.path}, stopping:`, error);
    process.exit(70);
  }

  /** Opens (or creates) the file and replays it into `api`, which must have been created with this journal. */
  async load(api: MockApi): Promise<{ replayed: number; warnings: string[] }> {
    const opened = JournalFile.open(this.path, { seed: api.options.seed, loadedAt: api.clock.read() });
    try {
      api.clock.pinned(opened.header.loadedAt, () => void api.store.state);
      await replayJournal(api, opened.entries as JournalEntry[], opened.firstLine);
    } catch (error) {
      opened.file.close();
      if (error instanceof JournalMismatch) {
        throw new JournalFileError(
          `${this.path}, ${error.message}: this file does not describe what this server does (another version of the mock, or other options). Keep it aside and give --data another file.`,
        );
      }
      throw error;
    }
    this.#file = opened.file;
    // A reset starts the file again: its request, journaled next, is then the first line.
    api.store.subscribe((event) => {
      if (event.type === 'reset') this.#file?.restart({ seed: api.options.seed, loadedAt: api.clock.read() });
    });
    return { replayed: opened.entries.length, warnings: opened.warnings };
  }

  close(): void {
    this.#file?.close();
    this.#file = null;
  }
}
