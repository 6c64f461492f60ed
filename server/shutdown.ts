import { logger } from './log.js';

/**
 * The one owner of SIGINT and SIGTERM (Apollo's own handling is off). The first signal runs
 * `stop` (drain, then close everything) and exits; a second one exits at once after `force`,
 * which must leave nothing behind (it asks the local Neo4j to stop).
 */
export function stopOnSignals(
  stop: () => Promise<void>,
  force: () => void,
  log: (msg: string) => void,
): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`${signal} again: exiting now.`);
      force();
      process.exit(130);
    }
    stopping = true;
    log(`${signal}: stopping (finishing the requests under way; ${signal} again to force)…`);
    stop().then(
      () => {
        log('Stopped.');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error(`Stop failed: ${error instanceof Error ? error.message : String(error)}`);
        force();
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
