import { decimal } from '../model/french.js';
import { radarGeometry, radarSeries } from '../model/radar.js';

/** Today solid blue with dots, tomorrow dashed orange with squares: told apart without colour too. */
const SERIES = [
  { key: 'today', name: 'Aujourd’hui', color: '#1f5fa8', dash: undefined },
  { key: 'tomorrow', name: 'Demain (cible)', color: '#b35900', dash: '6 4' },
] as const;

const SIZE = 360;
/** Room beside the drawing for the side labels (up to 18 characters a line), so none is cut. */
const LABEL_ROOM = 80;

/** Splits a label into lines of about 18 characters for the chart. */
function lines(label: string): string[] {
  const out: string[] = [];
  for (const word of label.split(' ')) {
    const last = out.at(-1);
    if (last && `${last} ${word}`.length <= 18) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out.slice(0, 3);
}

const fr = (v: number | null) => (v === null ? '—' : decimal(v, 1));

/**
 * A radar of 0–5 values (the study's schéma 14), today and tomorrow overlaid, with the same
 * values in a table: the chart is a picture, the table is what screen readers and print read.
 */
export function RadarChart({
  title,
  labels,
  today,
  tomorrow,
}: {
  title: string;
  labels: readonly string[];
  today: readonly (number | null)[];
  tomorrow: readonly (number | null)[];
}) {
  const geometry = radarGeometry(labels.length, SIZE);
  const values = { today, tomorrow };
  return (
    <figure class="radar">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`${-LABEL_ROOM} 0 ${SIZE + 2 * LABEL_ROOM} ${SIZE}`}
        width="100%"
        role="img"
        aria-label={`${title} : radar, les valeurs sont dans le tableau qui suit`}
      >
        {geometry.rings.map((ring, i) => (
          <polygon key={i} points={ring} fill="none" stroke="#d1d5db" stroke-width="1" />
        ))}
        {geometry.spokes.map((spoke, i) => (
          <line
            key={i}
            x1={geometry.center}
            y1={geometry.center}
            x2={spoke.x}
            y2={spoke.y}
            stroke="#d1d5db"
          />
        ))}
        {SERIES.map((series) => {
          const data = values[series.key];
          if (data.every((v) => v === null)) return null;
          const drawn = radarSeries(data, SIZE);
          return (
            <g key={series.key} class={`radar-${series.key}`}>
              <polygon
                points={drawn.points}
                fill={series.color}
                fill-opacity="0.12"
                stroke={series.color}
                stroke-width="2.5"
                stroke-dasharray={series.dash}
              />
              {drawn.markers.map((m, i) =>
                series.key === 'today' ? (
                  <circle key={i} cx={m.x} cy={m.y} r="4" fill={series.color} />
                ) : (
                  <rect key={i} x={m.x - 4} y={m.y - 4} width="8" height="8" fill={series.color} />
                ),
              )}
            </g>
          );
        })}
        {geometry.labels.map((p, i) => (
          <text key={i} x={p.x} y={p.y} text-anchor={p.anchor} font-size="11" fill="#1f2937">
            {lines(labels[i] ?? '').map((line, j) => (
              <tspan key={j} x={p.x} dy={j === 0 ? 0 : 13}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
      </svg>
      <table class="radar-values">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Aujourd’hui</th>
            <th scope="col">Demain</th>
          </tr>
        </thead>
        <tbody>
          {labels.map((label, i) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{fr(today[i] ?? null)}</td>
              <td>{fr(tomorrow[i] ?? null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export function RadarLegend() {
  return (
    <p class="radar-legend">
      {SERIES.map((s) => (
        <span key={s.key}>
          <svg width="34" height="12" aria-hidden="true">
            <line
              x1="2"
              y1="6"
              x2="32"
              y2="6"
              stroke={s.color}
              stroke-width="3"
              stroke-dasharray={s.dash}
            />
          </svg>{' '}
          {s.name}
        </span>
      ))}
    </p>
  );
}
