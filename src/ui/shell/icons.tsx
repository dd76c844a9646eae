/**
 * Line icons (24×24, currentColor, stroke width from CSS so the projector theme can thicken them).
 * Decorative: the text next to an icon always carries the meaning.
 */
const paths = {
  key: 'M14.5 9.5a4.5 4.5 0 1 1-9 0 4.5 4.5 0 0 1 9 0ZM13.2 12.7 20 19.5M17 16.5l2-2M19.5 19l1.5-1.5',
  check: 'M4.5 12.5l5 5 10-11',
  cross: 'M6 6l12 12M18 6 6 18',
  chevron: 'M9 6l6 6-6 6',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}
