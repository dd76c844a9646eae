/**
 * Line icons (24×24, currentColor, stroke width from CSS so the projector theme can thicken them). Drawn as
 * SVG rather than Unicode symbols (⏮ ⏭ …), which render as empty boxes where no symbol font is installed.
 * Decorative: the text next to an icon, or the button's accessible name, always carries the meaning.
 */
const paths = {
  key: 'M14.5 9.5a4.5 4.5 0 1 1-9 0 4.5 4.5 0 0 1 9 0ZM13.2 12.7 20 19.5M17 16.5l2-2M19.5 19l1.5-1.5',
  check: 'M4.5 12.5l5 5 10-11',
  cross: 'M6 6l12 12M18 6 6 18',
  chevron: 'M9 6l6 6-6 6',
  chevronDown: 'M6 9l6 6 6-6',
  arrowRight: 'M4 12h15M13 6l6 6-6 6',
  // Player
  first: 'M6 5v14M18 6l-8 6 8 6Z',
  prev: 'M15 5l-7 7 7 7',
  play: 'M8 5l11 7-11 7Z',
  pause: 'M8 5v14M16 5v14',
  next: 'M9 5l7 7-7 7',
  last: 'M18 5v14M6 6l8 6-8 6Z',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  save: 'M12 4v11M7 10l5 5 5-5M5 20h14',
  newFile: 'M6 3h8l4 4v14H6ZM14 3v4h4M12 11v6M9 14h6',
  open: 'M3 7.5A1.5 1.5 0 0 1 4.5 6H9l2 2h8.5A1.5 1.5 0 0 1 21 9.5v8a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 17.5Z',
  alert: 'M12 3.5 2.5 20h19ZM12 10v4.5M12 17.5v.5',
  copy: 'M9 9h11v11H9ZM15 9V4H4v11h5',
  qr: 'M4 4h6v6H4ZM14 4h6v6h-6ZM4 14h6v6H4ZM14 14h2v2h-2ZM18 18h2v2h-2ZM14 18h2M18 14h2',
  expand: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5',
  blank: 'M3 5h18v12H3ZM6 8h12v6H6ZM12 17v3M8 20h8',
  present: 'M3 4h18v11H3ZM12 15v4M8 21h8M9 9.5l2 2 4-4',
  print: 'M7 9V3h10v6M7 18H4v-9h16v9h-3M7 14h10v7H7Z',
  // Display settings
  display: 'M4 6h9M17 6h3M15 4v4M4 12h3M11 12h9M9 10v4M4 18h11M19 18h1M17 16v4',
  // Sections
  layers: 'M12 3 2.5 8 12 13l9.5-5ZM2.5 12.5 12 17.5l9.5-5M2.5 16.5 12 21.5l9.5-5',
  // A mortarboard: the guided lessons.
  lesson: 'M12 5 2 9.5 12 14l10-4.5ZM6 11.5V16c0 1.5 2.7 3 6 3s6-1.5 6-3v-4.5M22 9.5V15',
  notebook: 'M6 3h12.5v18H6a1.5 1.5 0 0 1-1.5-1.5v-15A1.5 1.5 0 0 1 6 3ZM8.5 3v18M11.5 8h4M11.5 12h4',
  envelope: 'M3 6h18v12H3ZM3.5 6.5 12 13l8.5-6.5',
  shield: 'M12 3 4.5 6v5.5c0 4.6 3.2 8.2 7.5 9.5 4.3-1.3 7.5-4.9 7.5-9.5V6ZM8.5 12l2.5 2.5 4.5-5',
  rotate: 'M20 12a8 8 0 1 1-2.4-5.7M20 4v5h-5',
  coins:
    'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18ZM15 9c-.6-.9-1.7-1.5-3-1.5-1.7 0-3 .9-3 2.2 0 3 6 1.6 6 4.6 0 1.3-1.3 2.2-3 2.2-1.3 0-2.4-.6-3-1.5M12 6v1.5M12 16.5V18',
  terminal: 'M3 5h18v14H3ZM7 9.5l3 2.5-3 2.5M12.5 15H17',
  cloud: 'M7 18.5a4.5 4.5 0 0 1-.6-9A6 6 0 0 1 18 10.5a4 4 0 0 1-.5 8Z',
  trail: 'M5 4h14v16H5ZM8 8h8M8 12h8M8 16h5',
} as const;

export type IconName = keyof typeof paths;

/** A 24×24 line drawing from one SVG path, styled like every icon (the stage draws its own glyphs with it). */
export function PathIcon({
  d,
  className,
  testId,
}: {
  d: string;
  className?: string | undefined;
  testId?: string | undefined;
}) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      data-testid={testId}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} />
    </svg>
  );
}

export function Icon({ name, className, testId }: { name: IconName; className?: string; testId?: string }) {
  return <PathIcon d={paths[name]} className={className} testId={testId} />;
}
