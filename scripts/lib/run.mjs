// Small helpers shared by the root scripts: run a command with inherited output, time a step.
import { spawn } from 'node:child_process';

/** Runs a command, output inherited; resolves with its exit code (never rejects). */
export function run(cmd, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', ...options });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(127));
  });
}

/** Runs one named step; exits the process with its code when it fails. */
export async function step(name, fn) {
  const started = Date.now();
  const code = await fn();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (code !== 0) {
    console.error(`✗ ${name} failed (${seconds} s)`);
    process.exit(code);
  }
  console.log(`✓ ${name} (${seconds} s)`);
}
