import { FAMILY_COLOR, KIND_STYLE, NO_FAMILY_COLOR } from '../../model/colors.js';
import { FAMILIES, FAMILY_LABEL } from '../../model/labels.js';
import { NODE_KIND_LABEL } from '../../model/graph-labels.js';

/** Small drawings of the shapes the graph uses, so the legend shows shape and colour together. */
const SHAPE_PATH: Record<string, string> = {
  'round-rectangle': 'M3 4h14a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z',
  rectangle: 'M1 4h18v12H1z',
  ellipse: 'M10 3a9 7 0 1 0 0.01 0z',
  hexagon: 'M5 3h10l4 7-4 7H5l-4-7z',
  barrel: 'M4 3h12q4 7 0 14H4q-4-7 0-14z',
  'round-tag': 'M2 4h12l5 6-5 6H2z',
  octagon: 'M6 2h8l5 5v6l-5 5H6l-5-5V7z',
  diamond: 'M10 1l9 9-9 9-9-9z',
  'concave-hexagon': 'M1 3h18l-3 7 3 7H1l3-7z',
  'cut-rectangle': 'M4 3h12l3 3v8l-3 3H4l-3-3V6z',
  rhomboid: 'M5 3h14l-4 14H1z',
  'round-triangle': 'M10 2l9 16H1z',
  pentagon: 'M10 1l9 7-3 11H4L1 8z',
  'round-pentagon': 'M10 2l8 6-3 10H5L2 8z',
  'round-diamond': 'M10 2l8 8-8 8-8-8z',
  'round-octagon': 'M6 2h8l5 5v6l-5 5H6l-5-5V7z',
  heptagon: 'M10 1l8 4 2 8-5 6H5l-5-6 2-8z',
};

function Swatch({ shape, color, filled }: { shape: string; color: string; filled: boolean }) {
  return (
    <svg class="legend-shape" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
      <path
        d={SHAPE_PATH[shape] ?? SHAPE_PATH['round-rectangle']}
        fill={filled ? color : '#ffffff'}
        stroke={color}
        stroke-width="2"
      />
    </svg>
  );
}

/** What the colours and shapes of the explorer mean: roles by path family, then each kind. */
export function ExplorerLegend({ kinds }: { kinds: readonly string[] }) {
  const others = kinds.filter((kind) => kind !== 'Role' && KIND_STYLE[kind]);
  return (
    <div class="legend explorer-legend" aria-label="Légende">
      <p class="legend-title">Métiers (rectangles pleins), par piste</p>
      <ul>
        {FAMILIES.map((family) => (
          <li key={family}>
            <Swatch shape="round-rectangle" color={FAMILY_COLOR[family]} filled />{' '}
            {FAMILY_LABEL[family]}
          </li>
        ))}
        <li>
          <Swatch shape="round-rectangle" color={NO_FAMILY_COLOR} filled /> Métier actuel ou
          d’entrée
        </li>
      </ul>
      {others.length > 0 && <p class="legend-title">Autres nœuds (contour et forme)</p>}
      <ul>
        {others.map((kind) => {
          const style = KIND_STYLE[kind] ?? { color: NO_FAMILY_COLOR, shape: 'round-rectangle' };
          return (
            <li key={kind}>
              <Swatch shape={style.shape} color={style.color} filled={false} />{' '}
              {NODE_KIND_LABEL[kind] ?? kind}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
