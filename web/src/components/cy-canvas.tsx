import type { Core, ElementDefinition, LayoutOptions, NodeSingular } from 'cytoscape';
import { useEffect, useRef, useState } from 'preact/hooks';
import { graphStyle } from '../model/graph-style.js';
import { elementChanges } from '../model/element-diff.js';

interface Props {
  elements: ElementDefinition[];
  layout: LayoutOptions;
  /** What the picture shows, for screen readers (the same content is always also given as text). */
  label: string;
  onSelect?: (id: string) => void;
  onReady?: (cy: Core | null) => void;
  height?: number;
  /**
   * The smallest label size on screen, in CSS pixels: when fitting everything would draw labels
   * smaller, the view zooms in to this size around the focused node (the rest is a pan away, and
   * always listed as text beside the picture).
   */
  minLabelPx?: number;
}

/** Zooms in, around the focused node, until no label is drawn smaller than `px`. */
function keepLegible(cy: Core, px: number): void {
  const nodes = cy.nodes();
  if (nodes.empty()) return;
  const smallestFont = Math.min(...nodes.map((n) => parseFloat(n.style('font-size') as string)));
  const level = px / smallestFont;
  if (cy.zoom() >= level) return;
  const focused = cy.nodes('[focused = 1]');
  cy.zoom(level);
  cy.center(focused.nonempty() ? focused : nodes);
}

/** Cytoscape, loaded with the first picture: the text of every view comes before it. */
const importCytoscape = () => import('cytoscape');
let cytoscapeModule: ReturnType<typeof importCytoscape> | null = null;
const loadCytoscape = () => (cytoscapeModule ??= importCytoscape());

/**
 * Resolves once the browser has painted a frame: a callback queued from requestAnimationFrame
 * runs after that frame's paint. Building a picture (loading Cytoscape, styling, fitting) waits
 * for it, so that the text it sits beside is on screen first, even on a busy page.
 */
const afterNextPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => {
      setTimeout(resolve, 0);
    });
  });

/**
 * The only component that owns a Cytoscape instance: one instance for the component's life;
 * new elements are applied as a change (removed, added, data updated), and the layout runs
 * again only when the set of elements changed. Elements in, selections out.
 */
export function CyCanvas({
  elements,
  layout,
  label,
  onSelect,
  onReady,
  height = 420,
  minLabelPx,
}: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  // The latest callbacks, read when an event fires: the instance outlives any one render.
  const callbacks = useRef({ onSelect, onReady });
  callbacks.current = { onSelect, onReady };
  // The layout to run when the elements change (a new options object each render is no change).
  const layoutOptions = useRef(layout);
  layoutOptions.current = layout;
  const legibility = useRef(minLabelPx);
  legibility.current = minLabelPx;

  // Set once Cytoscape is loaded and the instance exists: the elements are applied then.
  const [created, setCreated] = useState(false);

  useEffect(() => {
    let live = true;
    void afterNextPaint()
      .then(loadCytoscape)
      .then(({ default: cytoscape }) => {
        if (!live || !container.current) return;
        const instance = cytoscape({
          container: container.current,
          style: graphStyle,
          minZoom: 0.1,
          maxZoom: 1.3,
        });
        instance.on('tap', 'node', (event) => {
          const node = event.target as NodeSingular;
          callbacks.current.onSelect?.(node.id());
        });
        cyRef.current = instance;
        callbacks.current.onReady?.(instance);
        setCreated(true);
      });
    return () => {
      live = false;
      const instance = cyRef.current;
      if (!instance) return;
      callbacks.current.onReady?.(null);
      cyRef.current = null;
      instance.destroy();
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const shown = cy.elements().map((element) => ({
      id: element.id(),
      data: element.data() as Record<string, unknown>,
      position: element.isNode() ? element.position() : undefined,
    }));
    const change = elementChanges(shown, elements);
    cy.batch(() => {
      for (const id of change.removed) cy.getElementById(id).remove();
      for (const { id, data } of change.updated) cy.getElementById(id).data(data);
      for (const { id, position } of change.moved) cy.getElementById(id).position(position);
      if (change.added.length > 0) cy.add(change.added);
    });
    if (change.added.length + change.removed.length + change.moved.length > 0) {
      const run = cy.layout(layoutOptions.current);
      run.one('layoutstop', () => {
        if (legibility.current) keepLegible(cy, legibility.current);
      });
      run.run();
    }
  }, [elements, created]);

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
