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

/** Node colours per kind in the explorer (also white text). */
export const KIND_COLOR: Record<string, string> = {
  Role: '#1f5fa8',
  Activity: '#5a4a00',
  Skill: '#1b6e43',
  TrainingBlock: '#7b3592',
  TrainingItem: '#6b2f80',
  Scenario: '#9c4311',
  TensionAxis: '#8a3b0f',
  FutureProfile: '#a3184f',
  Condition: '#4a5563',
  Statement: '#3d4650',
  JobSheet: '#0b4f8a',
  Level: '#374151',
  Grade: '#4b5563',
  Category: '#4b5563',
  DiagnosticItem: '#7c2d12',
  TrainingProgramme: '#5b21b6',
  Organisation: '#5b21b6',
};

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
