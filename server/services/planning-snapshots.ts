import { PlanningContext } from '../domain/planning-context.js';
import { DatabaseUnavailableError } from '../errors.js';
import type { GraphGateway } from '../neo4j/gateway.js';
import { storedChecksum } from '../repositories/dataset-repository.js';
import { loadPlanningGraph } from '../repositories/planning-repository.js';

interface Snapshot {
  checksum: string | null;
  context: PlanningContext;
}

/** How long a dataset version is trusted before asking Neo4j again (a reseed shows within it). */
export const RECHECK_AFTER_MS = 2_000;

/**
 * Keeps the planning graph in memory and reloads it when the dataset version stored in Neo4j
 * changes (a reseed), so route searches do not read thousands of edges on every request. While
 * Neo4j is down, the last graph loaded keeps answering.
 */
export class PlanningSnapshots {
  private snapshot: Snapshot | undefined;
  private loading: Promise<Snapshot> | undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly gateway: GraphGateway,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async current(): Promise<PlanningContext> {
    if (this.snapshot && this.now() - this.checkedAt < RECHECK_AFTER_MS)
      return this.snapshot.context;
    let checksum: string | null;
    try {
      checksum = await storedChecksum(this.gateway);
    } catch (error) {
      // Neo4j down: the last graph loaded still answers (it is rebuilt once Neo4j is back).
      if (error instanceof DatabaseUnavailableError && this.snapshot) return this.snapshot.context;
      throw error;
    }
    this.checkedAt = this.now();
    if (this.snapshot && this.snapshot.checksum === checksum) return this.snapshot.context;
    this.loading ??= this.load(checksum).finally(() => {
      this.loading = undefined;
    });
    return (await this.loading).context;
  }

  private async load(checksum: string | null): Promise<Snapshot> {
    const context = new PlanningContext(await loadPlanningGraph(this.gateway), checksum);
    this.snapshot = { checksum, context };
    return this.snapshot;
  }
}
