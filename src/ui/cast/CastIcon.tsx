import styles from './cast.module.css';

/**
 * Type icons of the cast: an IAM role (a hard hat: assumed by whoever needs it), an IAM user (a person), an
 * account root and an AWS service. Decorative: the text next to an icon always says the type.
 */
const paths = {
  role: 'M4 15a8 8 0 0 1 16 0M3 15h18v3H3zM12 7V4M9 8l-1-3M15 8l1-3',
  user: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8ZM4 21a8 8 0 0 1 16 0',
  service: 'M12 3l8 4.5v9L12 21l-8-4.5v-9L12 3ZM12 12l8-4.5M12 12v9M12 12 4 7.5',
  account: 'M3 21h18M5 21V10l7-5 7 5v11M9 21v-6h6v6',
} as const;

export type CastIconName = keyof typeof paths;

export function CastIcon({ name }: { name: CastIconName }) {
  return (
    <svg className={`icon ${styles.castIcon}`} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={paths[name]} />
    </svg>
  );
}
