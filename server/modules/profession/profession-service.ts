import type { GraphGateway } from '../../neo4j/gateway.js';
import { findJobSheet } from './job-sheet-repository.js';

/** The official job sheet behind a code métier, read from the graph (null when none). */
export const jobSheet = (gateway: GraphGateway, code: string) => findJobSheet(gateway, code);
