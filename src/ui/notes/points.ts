import type { TemplateId } from '../../scenario/templates';

/**
 * Where each point of the study notes can be seen happening in KMS Lab: the section (its `view` id) and,
 * where one exists, the built-in example scenario that demonstrates it (src/scenario/templates.ts).
 */
export interface Exploration {
  readonly section: string;
  readonly example?: TemplateId;
}

export const explorations = {
  'lifecycle.managed': { section: 'keytypes' },
  'lifecycle.region': { section: 'keys' },
  'lifecycle.cloudtrail': { section: 'trail' },
  'lifecycle.fips': { section: 'keytypes' },
  'keyTypes.retained': { section: 'rotation', example: 'rotation' },
  'keyTypes.awsManaged': { section: 'keytypes' },
  'keyTypes.customer': { section: 'keys' },
  'keyTypes.awsOwned': { section: 'keytypes' },
  'keyTypes.price': { section: 'cost' },
  keyPolicy: { section: 'policy' },
  envelope: { section: 'envelope', example: 'why-envelope' },
  encryptFlow: { section: 'envelope', example: 'envelope-basics' },
  decryptFlow: { section: 'envelope', example: 'envelope-basics' },
  services: { section: 'services' },
} as const satisfies Record<string, Exploration>;

export type NotePointId = keyof typeof explorations;

export const notePointIds = Object.keys(explorations) as NotePointId[];

/** The integrated services table of the notes: AWS's service names (the same in both languages). */
export const integratedServices = [
  { name: 'S3', target: 's3' },
  { name: 'EBS', target: 'ebs' },
  { name: 'RDS', target: 'rds' },
  { name: 'EFS', target: 'efs' },
  { name: 'Lambda', target: 'lambda' },
  { name: 'Secrets Manager', target: 'secrets' },
  { name: 'Parameter Store', target: 'parameter' },
] as const;

/** The notes' key-types table, row by row in the notes' order. */
export const keyTypeRows = ['awsManaged', 'customer', 'awsOwned'] as const;
export const keyTypeColumns = ['kind', 'admin', 'rotation', 'useCase', 'price'] as const;
