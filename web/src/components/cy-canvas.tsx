import cytoscape, {
  type Core,
  type ElementDefinition,
  type LayoutOptions,
  type NodeSingular,
} from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { useEffect, useRef } from 'preact/hooks';
import { graphStyle } from '../model/graph-style.js';

cytoscape.use(dagre);

interface Props {
  elements: ElementDefinition[];
  layout: LayoutOptions;
  /** What the picture shows, for screen readers (the same content is always also given as text). */
  label: string;
  onSelect?: (id: string) => void;
  onReady?: (cy: Core | null) => void;
  height?: number;
}

/** The only component that owns a Cytoscape instance: elements in, selections out. */
export function CyCanvas({ elements, layout, label, onSelect, onReady, height = 420 }: Props) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      elements,
      style: graphStyle,
      layout,
      minZoom: 0.1,
      maxZoom: 1.3,
    });
    cy.on('tap', 'node', (event) => {
      const node = event.target as NodeSingular;
      onSelect?.(node.id());
    });
    onReady?.(cy);
    return () => {
      onReady?.(null);
      cy.destroy();
    };
  }, [elements]);
  return (
    <div
      ref={container}
      class="cy"
      style={{ height: `${height}px` }}
      role="img"
      aria-label={label}
    />
  );
}
