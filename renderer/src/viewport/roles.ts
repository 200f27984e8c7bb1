/** Colours of the viewport's object states and of annotation roles (target, anchor, ...). */
export const BOX_COLORS = {
  normal: '#4dabf7',
  hovered: '#a5d8ff',
  selected: '#ffd43b',
  measure: '#e599f7',
  ghost: '#69db7c',
} as const;

const ROLE_COLORS: Record<string, string> = {
  target: '#ff6b6b',
  anchor: '#51cf66',
  distractor: '#868e96',
};
const OTHER_ROLES = ['#cc5de8', '#ff922b', '#22b8cf', '#f06595'];

/** A distinct colour for each role; roles beyond the known ones take colours in order of first use. */
export function roleColor(role: string, others: readonly string[] = []): string {
  return ROLE_COLORS[role] ?? OTHER_ROLES[Math.max(0, others.indexOf(role)) % OTHER_ROLES.length]!;
}
