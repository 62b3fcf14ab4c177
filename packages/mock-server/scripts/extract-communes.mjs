#!/usr/bin/env node
// Extracts the communes of the Pas-de-Calais (département 62) from @etalab/decoupage-administratif
// (INSEE's Code officiel géographique + La Poste's postal codes) into the compact, committed
// src/seed/communes-62.json. Run it when the package is upgraded:
//   npm run extract-communes -w @budget-citoyen/mock-server
// Only current communes (type "commune-actuelle" = INSEE's COM) are kept: associated and
// delegated communes (COMA, COMD) are not municipalities one lives in for the vote.
// `--check` writes nothing and fails if the committed file differs from the package's data.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEPARTEMENT = '62';
const EXPECTED_COUNT = 887;
const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('@etalab/decoupage-administratif/package.json'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const read = (name) => JSON.parse(readFileSync(join(pkgDir, 'data', `${name}.json`), 'utf8'));

const departement = read('departements').find((d) => d.code === DEPARTEMENT);
const arrondissements = read('arrondissements')
  .filter((a) => a.departement === DEPARTEMENT)
  .sort((a, b) => a.code.localeCompare(b.code));
const communes = read('communes')
  .filter((c) => c.departement === DEPARTEMENT && c.type === 'commune-actuelle')
  .sort((a, b) => a.code.localeCompare(b.code));

const problems = [];
if (communes.length !== EXPECTED_COUNT) {
  problems.push(`expected ${EXPECTED_COUNT} communes, the data has ${communes.length}`);
}
const arrondissementCodes = new Set(arrondissements.map((a) => a.code));
for (const c of communes) {
  if (!arrondissementCodes.has(c.arrondissement)) problems.push(`${c.code} ${c.nom}: unknown arrondissement ${c.arrondissement}`);
  if (!Array.isArray(c.codesPostaux) || c.codesPostaux.length === 0) problems.push(`${c.code} ${c.nom}: no postal code`);
}

// Small keys keep the file light: c = INSEE code, n = name, p = postal codes,
// a = arrondissement code, h = population (used to place seed projects where people live).
const out = {
  source: `@etalab/decoupage-administratif ${pkg.version} (INSEE COG, La Poste)`,
  departement: { code: departement.code, name: departement.nom },
  arrondissements: Object.fromEntries(arrondissements.map((a) => [a.code, a.nom])),
  communes: communes.map((c) => ({
    c: c.code,
    n: c.nom,
    p: [...new Set(c.codesPostaux)].sort(),
    a: c.arrondissement,
    h: c.population ?? 0,
  })),
};

const target = join(here, '..', 'src', 'seed', 'communes-62.json');
const text = JSON.stringify(out) + '\n';
if (process.argv.includes('--check')) {
  const same = readFileSync(target, 'utf8') === text;
  console.log(same ? `${target} is up to date (${communes.length} communes)` : `${target} differs from ${out.source}: run the script`);
  process.exit(same && problems.length === 0 ? 0 : 1);
}
writeFileSync(target, text);
const perArrondissement = Object.fromEntries(
  arrondissements.map((a) => [`${a.code} ${a.nom}`, communes.filter((c) => c.arrondissement === a.code).length]),
);
console.log(`wrote ${communes.length} communes of ${departement.nom} to ${target}`);
console.log(perArrondissement);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
