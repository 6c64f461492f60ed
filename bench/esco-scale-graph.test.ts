import { describe, expect, it } from 'vitest';
import { validateGraph } from '../seeds/dataset/validate-graph.js';
import { ESCO_SCALE, generateScaleGraph } from './esco-scale-graph.js';

describe('the generated ESCO-scale graph', () => {
  it('is a valid dataset (npm run bench writes it as one), at a small scale and at full scale', () => {
    const small = generateScaleGraph({ ...ESCO_SCALE, roles: 60, skills: 300 });
    expect(validateGraph(small).map((e) => e.message)).toEqual([]);
    expect(validateGraph(generateScaleGraph()).slice(0, 3)).toEqual([]);
  });
});
