import { PlanningContext } from '../../domain/planning-context.js';
import { DatabaseUnavailableError } from '../../errors.js';
import { faultLog } from '../../log.js';
import type { GraphGateway } from '../../neo4j/gateway.js';
import { storedChecksum } from './dataset-repository.js';
import { loadPlanningGraph } from './study-graph-repository.js';
import { withVariantBase } from '../../domain/profile.js';
import { liveRomeImport, romeForPlanning } from '../rome/rome-service.js';
import { composeWithRome } from '../../domain/rome-planning.js';

interface Snapshot {
  checksum: string | null;
  context: PlanningContext;
}

interface RomeSnapshot {
  /** The study's checksum and the ROME import it was composed from. */
  key: string;
  context: PlanningContext;
}

/**
 * A failed freshness check is answered from the cache when there is one (it only asks whether the
 * dataset changed). An outage is expected (the gateway says so); anything else (a timeout, a code
 * Neo4j gives while it restarts) is logged here.
 */
function checkFailed(error: unknown, what: string): void {
  if (!(error instanceof DatabaseUnavailableError)) {
    faultLog(
      `[planning] ${what} could not be checked, the cached graph answers: ${error instanceof Error ? `${error.name}: ${error.message.split('\n')[0] ?? ''}` : String(error)}`,
    );
  }
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
  private rome: RomeSnapshot | undefined;
  private romeLoading: Promise<RomeSnapshot> | undefined;
  /** The last ROME import seen, trusted like the study's checksum for RECHECK_AFTER_MS. */
  private romeChecked:
    { at: number; status: Awaited<ReturnType<typeof liveRomeImport>> } | undefined;
  private loading: Promise<Snapshot> | undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private loads = 0;
  private loadedAt: number | null = null;

  constructor(
    private readonly gateway: GraphGateway,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** For the metrics: the age of the graph held (null before the first load) and loads so far. */
  stats(): { ageSeconds: number | null; loads: number } {
    return {
      ageSeconds: this.loadedAt === null ? null : (this.now() - this.loadedAt) / 1000,
      loads: this.loads,
    };
  }

  /** The planning graph of the dataset stored now, whatever was checked a moment ago. */
  async fresh(): Promise<PlanningContext> {
    this.checkedAt = Number.NEGATIVE_INFINITY;
    return this.current();
  }

  async current(): Promise<PlanningContext> {
    if (this.snapshot && this.now() - this.checkedAt < RECHECK_AFTER_MS)
      return this.snapshot.context;
    let checksum: string | null;
    try {
      checksum = await storedChecksum(this.gateway);
    } catch (error) {
      // Neo4j down or slow: the last graph loaded still answers (checked again once it is back).
      if (!this.snapshot) throw error;
      checkFailed(error, 'the dataset version');
      return this.snapshot.context;
    }
    this.checkedAt = this.now();
    if (this.snapshot && this.snapshot.checksum === checksum) return this.snapshot.context;
    this.loading ??= this.load(checksum).finally(() => {
      this.loading = undefined;
    });
    return (await this.loading).context;
  }

  /**
   * The planning graph with ROME beside the study, composed once per study version and
   * ROME import; the study alone when ROME is not imported. While Neo4j is down, the last one
   * composed keeps answering.
   */
  async withRome(): Promise<PlanningContext> {
    const study = await this.current();
    let status = this.romeChecked?.status ?? null;
    if (!this.romeChecked || this.now() - this.romeChecked.at >= RECHECK_AFTER_MS) {
      try {
        status = await liveRomeImport(this.gateway);
      } catch (error) {
        if (!this.rome) throw error;
        checkFailed(error, 'the ROME import');
        return this.rome.context;
      }
      this.romeChecked = { at: this.now(), status };
    }
    if (!status) return study;
    const key = `${study.version ?? ''}|${status.importedAt}`;
    if (this.rome?.key === key) return this.rome.context;
    this.romeLoading ??= this.composeRome(study, key).finally(() => {
      this.romeLoading = undefined;
    });
    return (await this.romeLoading).context;
  }

  private async composeRome(study: PlanningContext, key: string): Promise<RomeSnapshot> {
    const found = await romeForPlanning(this.gateway);
    const context = found
      ? new PlanningContext(composeWithRome(study.graph, found.rome, found.diplomas), study.version)
      : study;
    this.rome = { key, context };
    return this.rome;
  }

  private async load(checksum: string | null): Promise<Snapshot> {
    const graph = await loadPlanningGraph(this.gateway);
    // A variant of the AMA job holds the job's skills too (profile.ts).
    const context = new PlanningContext(
      { ...graph, roles: withVariantBase(graph.roles) },
      checksum,
    );
    this.snapshot = { checksum, context };
    this.loads++;
    this.loadedAt = this.now();
    return this.snapshot;
  }
}
