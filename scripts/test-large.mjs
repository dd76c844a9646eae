#!/usr/bin/env node
/**
 * `npm run test:large`: the tests that move 1 GiB (a stream round trip in Node, src/envelope/*.large.test.ts,
 * and a file through the studio in Chromium, e2e/large-file.spec.ts). They take minutes and gigabytes of
 * temporary disk, so `npm test` leaves them out; `.ci/run` runs them after it. Builds first when there is no
 * build, as the browser test runs against `vite preview` of dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env, KMS_LAB_LARGE: '1' };
const run = (command, args) => {
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  if (status !== 0) process.exit(status ?? 1);
};

run('npx', ['vitest', 'run']);
if (!existsSync('dist/index.html')) run('npx', ['vite', 'build']);
run('node', ['scripts/ensure-chromium.mjs']);
run('npx', ['playwright', 'test']);
