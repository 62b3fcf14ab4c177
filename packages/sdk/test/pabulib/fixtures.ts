// Where the pabulib fixtures live: $PABULIB_FIXTURES (to try other files), else the copy
// committed in test/fixtures/pabulib/ (public pabulib data, see its README).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
