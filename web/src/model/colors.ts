import type { PathFamily } from '../api/types.js';

/**
 * One colour per path family, dark enough for white text (WCAG AA, contrast ≥ 4.5:1; checked
 * by colors.test.ts). NO_FAMILY is for the current job, entry roles and moves without a family.
 */
export const FAMILY_COLOR: Record<PathFamily, string> = {
  EXPERTISE: '#1f5fa8',
  COORDINATION: '#1b6e43',
  MANAGEMENT: '#7b3592',
  OTHER_PUBLIC_SERVICE: '#9c4311',
  PRIVATE_SECTOR: '#a3184f',
};
export const NO_FAMILY_COLOR = '#4a5563';

export const familyColor = (family: PathFamily | null | undefined): string =>
  family ? FAMILY_COLOR[family] : NO_FAMILY_COLOR;

/**
 * How the explorer draws each kind. Roles are filled with their path family's colour; every other
 * kind is drawn light with a border of its own colour and a shape of its own, so that no kind can
 * be mistaken for a family (skills once shared coordination's green, blocks management's
 * purple…). Shape is the second cue for colour-blind readers and on paper.
 */
export interface KindStyle {
  color: string;
  shape: string;
}
export const ROLE_SHAPE = 'round-rectangle';
export const KIND_STYLE: Record<string, KindStyle> = {
  Skill: { color: '#00695c', shape: 'ellipse' },
  Activity: { color: '#6d5d00', shape: 'hexagon' },
  TrainingBlock: { color: '#283593', shape: 'barrel' },
  TrainingItem: { color: '#5e35b1', shape: 'round-tag' },
  Scenario: { color: '#bf360c', shape: 'octagon' },
  TensionAxis: { color: '#795548', shape: 'diamond' },
  FutureProfile: { color: '#ad1457', shape: 'concave-hexagon' },
  Condition: { color: '#546e7a', shape: 'cut-rectangle' },
  Statement: { color: '#6a1b9a', shape: 'rhomboid' },
  JobSheet: { color: '#0b4f8a', shape: 'rectangle' },
  Level: { color: '#37474f', shape: 'round-triangle' },
  Grade: { color: '#4e342e', shape: 'pentagon' },
  Category: { color: '#455a64', shape: 'round-pentagon' },
  DiagnosticItem: { color: '#c62828', shape: 'round-diamond' },
  TrainingProgramme: { color: '#2e7d32', shape: 'round-octagon' },
  Organisation: { color: '#1565c0', shape: 'heptagon' },
  WorkforceFigure: { color: '#006064', shape: 'star' },
  TrainingIdea: { color: '#827717', shape: 'tag' },
  RomeFiche: { color: '#263238', shape: 'round-heptagon' },
  RomeSkill: { color: '#4a148c', shape: 'round-hexagon' },
};
export const kindStyle = (kind: string): KindStyle =>
  KIND_STYLE[kind] ?? { color: NO_FAMILY_COLOR, shape: 'round-rectangle' };

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  ) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
