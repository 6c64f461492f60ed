import { setTimeout as sleep } from 'node:timers/promises';
import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './local-neo4j.js';

export interface SupervisorEvents {
  /** The JVM exited without being asked to (crash, kill -9, out of memory). */
  onDown(reason: string): void;
  /** A restarted JVM answers on Bolt again. */
  onUp(): void;
}

export interface SupervisedNeo4j {
  uri: string;
  /** Stops the JVM for good (no restart), waiting for a clean shutdown. */
  stop(): Promise<void>;
  /** Asks the JVM to stop now without waiting: for a forced exit of this process. */
  signalStop(): void;
}

/** Restart delays: 1 s, 2 s, 4 s… up to 30 s between attempts. */
export const restartDelay = (attempt: number): number => Math.min(1_000 * 2 ** attempt, 30_000);

/**
 * A local Neo4j that is restarted, with backoff, whenever its JVM exits unasked. The caller hears
 * of each outage (to fail fast and report not ready) and of each recovery.
 */
export async function superviseLocalNeo4j(
  options: Omit<LocalNeo4jOptions, 'detached'>,
  events: SupervisorEvents,
): Promise<SupervisedNeo4j> {
  let current: LocalNeo4j = await startLocalNeo4j({ ...options, detached: false });
  const state = { stopping: false };
  // A function, not the field: the flag changes between awaits, which narrowing cannot see.
  const stopping = () => state.stopping;
  let restarting: Promise<void> | undefined;
  const stopped = new AbortController();

  const restart = async () => {
    for (let attempt = 0; !stopping(); attempt++) {
      const delay = restartDelay(attempt);
      options.log(`Restarting Neo4j in ${delay / 1000}s (attempt ${attempt + 1})…`);
      await sleep(delay, undefined, { signal: stopped.signal }).catch(() => undefined);
      if (stopping()) return;
      try {
        current = await startLocalNeo4j({ ...options, detached: false });
        if (stopping()) {
          await current.stop();
          return;
        }
        watch(current);
        events.onUp();
        return;
      } catch (error) {
        options.log(
          `Neo4j restart failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  };

  const watch = (instance: LocalNeo4j) => {
    void instance.exited.then(({ code, signal }) => {
      if (stopping() || instance !== current) return;
      const reason = `the Neo4j JVM (pid ${instance.pid}) exited${signal ? ` on ${signal}` : ` with code ${code}`}`;
      options.log(`${reason}.`);
      events.onDown(reason);
      restarting = restart().finally(() => {
        restarting = undefined;
      });
    });
  };
  watch(current);

  return {
    uri: current.uri,
    stop: async () => {
      state.stopping = true;
      stopped.abort();
      await restarting;
      await current.stop();
    },
    signalStop: () => {
      state.stopping = true;
      stopped.abort();
      current.signalStop();
    },
  };
}
