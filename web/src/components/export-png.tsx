import type { Core } from 'cytoscape';

export interface LegendEntry {
  label: string;
  color: string;
  /** Filled swatch (roles) or outlined (other kinds). */
  filled: boolean;
}

const SOURCES =
  'Sources : fiche métier 40L20 (répertoire des métiers de la FPH), étude prospective ANFH Normandie (2024). Passerelles';
const FONT = 'system-ui, sans-serif';

/**
 * The graph as a picture that stands on its own: a title, the drawing, a legend, the sources and
 * the date (a bare screenshot says nothing once it is pasted in a report).
 */
async function captionedPng(cy: Core, title: string, legend: readonly LegendEntry[]) {
  const graph = await createImageBitmap(
    await cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob-promise' }),
  );
  const width = Math.max(graph.width, 1200);
  const legendRows = Math.ceil(legend.length / 3);
  const height = 90 + graph.height + 40 + legendRows * 36 + 70;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#1f2937';
  ctx.font = `bold 34px ${FONT}`;
  ctx.fillText(title, 24, 56, width - 48);
  ctx.drawImage(graph, Math.round((width - graph.width) / 2), 90);
  let y = 90 + graph.height + 40;
  ctx.font = `24px ${FONT}`;
  legend.forEach((entry, i) => {
    const x = 24 + (i % 3) * Math.floor((width - 48) / 3);
    const row = y + Math.floor(i / 3) * 36;
    ctx.fillStyle = entry.filled ? entry.color : '#ffffff';
    ctx.strokeStyle = entry.color;
    ctx.lineWidth = 4;
    ctx.fillRect(x, row - 20, 26, 26);
    ctx.strokeRect(x, row - 20, 26, 26);
    ctx.fillStyle = '#1f2937';
    ctx.fillText(entry.label, x + 36, row, Math.floor((width - 48) / 3) - 44);
  });
  y += legendRows * 36 + 30;
  ctx.font = `20px ${FONT}`;
  ctx.fillStyle = '#4b5563';
  ctx.fillText(
    `${SOURCES}, ${new Date().toLocaleDateString('fr-FR', { dateStyle: 'long' })}.`,
    24,
    y,
    width - 48,
  );
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('PNG encoding failed'));
    }, 'image/png');
  });
}

/** Downloads the current graph as a PNG with its title, legend, sources and date. */
export function ExportPng({
  cy,
  name,
  title,
  legend = [],
}: {
  cy: Core | null;
  name: string;
  title: string;
  legend?: readonly LegendEntry[];
}) {
  return (
    <button
      type="button"
      disabled={!cy}
      onClick={() => {
        if (!cy) return;
        void captionedPng(cy, title, legend).then((blob) => {
          const url = URL.createObjectURL(blob);
          const link = document.createElement('a');
          link.href = url;
          link.download = `${name}.png`;
          link.click();
          URL.revokeObjectURL(url);
        });
      }}
    >
      Exporter l'image (PNG)
    </button>
  );
}
