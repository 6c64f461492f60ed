import { describe, expect, it } from 'vitest';
import { radarGeometry, radarPoint, radarSeries } from './radar.js';

describe('radar geometry', () => {
  it('puts the first spoke up, then goes clockwise, values 0–5 from the centre', () => {
    expect(radarPoint(0, 4, 5, 100, 50)).toEqual({ x: 100, y: 50 });
    expect(radarPoint(1, 4, 5, 100, 50)).toEqual({ x: 150, y: 100 });
    expect(radarPoint(2, 4, 2.5, 100, 50)).toEqual({ x: 100, y: 125 });
    expect(radarPoint(3, 4, 0, 100, 50)).toEqual({ x: 100, y: 100 });
    // Out of range values are held to the scale.
    expect(radarPoint(0, 4, 9, 100, 50)).toEqual({ x: 100, y: 50 });
  });

  it('draws five rings and a label per spoke, anchored away from the centre', () => {
    const g = radarGeometry(4, 340);
    expect(g.rings).toHaveLength(5);
    expect(g.labels.map((l) => l.anchor)).toEqual(['middle', 'start', 'middle', 'end']);
  });

  it('draws unanswered values at the centre and lists them', () => {
    const series = radarSeries([5, null, 5, 0], 340);
    expect(series.missing).toEqual([1]);
    expect(series.markers[1]).toEqual({ x: 170, y: 170 });
  });
});
