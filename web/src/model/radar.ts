/**
 * Radar charts as plain SVG geometry (the study shows the diagnostic as radars, schéma 14): one
 * spoke per item or axis, values 0–5 from the centre, series drawn as closed polygons. Pure, so
 * the drawing is tested; the values are always also given as text.
 */

export const RADAR_MAX = 5;

export interface RadarGeometry {
  size: number;
  center: number;
  radius: number;
  /** Rings at 1, 2, 3, 4, 5, as polygon points. */
  rings: string[];
  spokes: { x: number; y: number }[];
  labels: { x: number; y: number; anchor: 'start' | 'middle' | 'end' }[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The point of spoke `i` of `n` at `value` (0–5); the first spoke points up, then clockwise. */
export function radarPoint(i: number, n: number, value: number, center: number, radius: number) {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const r = (Math.max(0, Math.min(RADAR_MAX, value)) / RADAR_MAX) * radius;
  return { x: round(center + r * Math.cos(angle)), y: round(center + r * Math.sin(angle)) };
}

const points = (list: readonly { x: number; y: number }[]) =>
  list.map((p) => `${p.x},${p.y}`).join(' ');

export function radarGeometry(n: number, size: number): RadarGeometry {
  const center = size / 2;
  const radius = size / 2 - 70;
  const spokes = Array.from({ length: n }, (_, i) => radarPoint(i, n, RADAR_MAX, center, radius));
  const rings = [1, 2, 3, 4, 5].map((ring) =>
    points(Array.from({ length: n }, (_, i) => radarPoint(i, n, ring, center, radius))),
  );
  const labels = Array.from({ length: n }, (_, i) => {
    const p = radarPoint(i, n, RADAR_MAX * 1.12, center, radius);
    const anchor: 'start' | 'middle' | 'end' =
      Math.abs(p.x - center) < 1 ? 'middle' : p.x > center ? 'start' : 'end';
    return { ...p, anchor };
  });
  return { size, center, radius, rings, spokes, labels };
}

/**
 * A series as a polygon; unanswered values (null) are drawn at the centre and listed, so a
 * missing answer never looks like a score.
 */
export function radarSeries(values: readonly (number | null)[], size: number) {
  const { center, radius } = radarGeometry(values.length, size);
  const list = values.map((v, i) => radarPoint(i, values.length, v ?? 0, center, radius));
  return {
    points: points(list),
    markers: list,
    missing: values.flatMap((v, i) => (v === null ? [i] : [])),
  };
}
