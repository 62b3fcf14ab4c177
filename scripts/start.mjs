#!/usr/bin/env node
// `npm start`: builds the scripts a page loads, then serves the examples with the mock API
// on the same origin, and prints the address of the commune page.
//   --port <n>   (default 8000, or the next free one)    --no-build   serve what is built
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { run } from './lib/run.mjs';
import { exampleSite } from './lib/example-site.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const wanted = Number(option('port', process.env.PORT ?? 8000));
const host = option('host', '127.0.0.1');

if (!args.includes('--no-build') || !existsSync('packages/widgets/dist/cdn/budget-citoyen.js')) {
  console.log('Building the widgets and the mock API (rollup)…');
  const code = await run('npx', ['rollup', '-c', '--silent']);
  if (code !== 0) process.exit(code);
}

// The mock API in Node, answering /api/v1 on this same origin: the pages embed the widgets
// exactly as a commune would, with nothing to start first in the browser.
const { createMockRequestListener } = await import('../packages/mock-server/dist/server.js');
const site = exampleSite('.', createMockRequestListener());

const server = createServer((req, res) => {
  if (!site(req, res)) res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Introuvable');
});

function listen(port, attemptsLeft) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && attemptsLeft > 0) listen(port + 1, attemptsLeft - 1);
    else throw error;
  });
  server.listen(port, host, () => {
    const origin = `http://${host}:${port}`;
    console.log(`\nLe budget citoyen, exemples en ligne sur l'API fictive :`);
    console.log(`  ${origin}/examples/commune-site/     page d'une commune`);
    console.log(`  ${origin}/examples/                  tous les exemples`);
    console.log(`  ${origin}/api/v1/campaigns           l'API fictive`);
    console.log('Ctrl+C pour arrêter.');
  });
}
listen(wanted, 20);
