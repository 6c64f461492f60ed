import type { Core } from 'cytoscape';

/** Downloads the current graph as a PNG (white background, twice the screen resolution). */
export function ExportPng({ cy, name }: { cy: Core | null; name: string }) {
  return (
    <button
      type="button"
      disabled={!cy}
      onClick={() => {
        if (!cy) return;
        const link = document.createElement('a');
        link.href = cy.png({ full: true, scale: 2, bg: '#ffffff' });
        link.download = `${name}.png`;
        link.click();
      }}
    >
      Exporter l'image (PNG)
    </button>
  );
}
