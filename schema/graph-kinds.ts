import { NODE_LABELS } from './nodes.js';
import { RELATIONSHIP_TYPES } from './relationships.js';
import { ROME_JOIN_TYPES, ROME_LABELS, ROME_TYPES } from './rome.js';

/**
 * What the explorer may show: the study's kinds and links, ROME's (when it is loaded) and the
 * joins between them. Labels and types reach Cypher text only from these lists.
 */
export const EXPLORER_LABELS: readonly string[] = [...NODE_LABELS, ...ROME_LABELS];
export const EXPLORER_TYPES: readonly string[] = [
  ...RELATIONSHIP_TYPES,
  ...ROME_TYPES,
  ...ROME_JOIN_TYPES,
];
