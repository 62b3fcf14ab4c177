// Where the pabulib fixtures live: $PABULIB_FIXTURES (to try other files), else the copy
// committed in test/fixtures/pabulib/ (public pabulib data, see its README).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parsePb, type PbInstance, type PbWarning } from '@budget-citoyen/sdk/pabulib';
import { fileURLToPath } from 'node:url';

const fromEnv = process.env.PABULIB_FIXTURES;
const besideRepo = fileURLToPath(new URL('../fixtures/pabulib/', import.meta.url));

export const fixturesDir: string | undefined = [fromEnv, besideRepo].find((dir): dir is string => !!dir && existsSync(dir));

/** A `skip` reason for node:test when the fixtures are absent, `false` otherwise. */
export const skipWithoutFixtures: string | false = fixturesDir ? false : `pabulib fixtures not found (set PABULIB_FIXTURES; looked in ${besideRepo})`;

export function fixtureNames(): string[] {
  return fixturesDir ? readdirSync(fixturesDir).filter((name) => name.endsWith('.pb')).sort() : [];
}

export function readFixture(name: string): string {
  if (!fixturesDir) throw new Error(String(skipWithoutFixtures));
  return readFileSync(`${fixturesDir}/${name}`, 'utf8');
}

/**
 * The flaws real files have, read past as the CLI does: each fixture's expected warnings are
 * listed in FLAWED, so that a new or a vanished one is noticed.
 */
export function parseFixture(name: string): { instance: PbInstance; warnings: PbWarning[] } {
  const warnings: PbWarning[] = [];
  const instance = parsePb(readFixture(name), { onWarning: (warning) => warnings.push(warning) });
  return { instance, warnings };
}

/** Fixtures with flaws, and what reading them reports (one line each). */
export const FLAWED: Readonly<Record<string, readonly string[]>> = {
  'Poland_Warszawa_2026_Rakowiec.pb': ['line 477: vote names project "1812" twice; counted once'],
  'Poland_Warszawa_2026_Szczesliwice.pb': ['line 303: vote names project "468" twice; counted once'],
  // Two voters (256161, 309468) name 1178 twice: one warning per flawed vote.
  'Poland_Warszawa_2026_Natolin_Kabaty.pb': [
    'line 906: vote names project "1178" twice; counted once',
    'line 2328: vote names project "1178" twice; counted once',
  ],
};
