import { spawn, type ChildProcess } from 'node:child_process';

/**
 * npm run dev: the API server (tsx, with its local Neo4j) and Vite's dev server with hot reload,
 * which proxies /graphql to it. Ctrl+C stops both.
 */
const children: ChildProcess[] = [
  spawn('npx', ['tsx', 'server/main.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: process.env.PORT ?? '4000' },
  }),
  spawn('npx', ['vite', '--config', 'web/vite.config.ts'], { stdio: 'inherit' }),
];

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) {
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
}
