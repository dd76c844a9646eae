import type { ServiceId, ServicesWorld } from '../../services/index';
import { ScrollRegion } from '../shell/ScrollRegion';
import { useT } from '../shell/useT';
import { shortKey } from '../trail/records';
import trailStyles from '../trail/trail.module.css';
import styles from './services.module.css';

interface Row {
  name: string;
  key: string;
  detail: string;
}

type T = ReturnType<typeof useT>;

/** Each service's resources as rows: what exists after the step under the cursor. */
function rowsOf(service: ServiceId, world: ServicesWorld, t: T): Row[] {
  switch (service) {
    case 's3':
      return Object.values(world.s3.objects).map((o) => ({
        name: `s3://${o.bucket}/${o.key}`,
        key: o.sseKmsKeyId ?? t('services.resources.owned'),
        detail: `${o.serverSideEncryption}${o.bucketKeyEnabled ? ` · ${t('services.resources.bucketKey')}` : ''} · ${o.size} B`,
      }));
    case 'ebs':
      return Object.values(world.ebs.volumes).map((v) => ({
        name: v.volumeId,
        key: v.kmsKeyId,
        detail: v.attachedTo
          ? t('services.resources.attached', { instance: v.attachedTo })
          : t('services.resources.available'),
      }));
    case 'rds':
      return Object.values(world.rds.instances).map((d) => ({
        name: `${d.dbInstanceIdentifier} (${d.dbiResourceId})`,
        key: d.kmsKeyId,
        detail: t('services.resources.status', { status: d.status }),
      }));
    case 'elasticfilesystem':
      return Object.values(world.elasticfilesystem.fileSystems).map((f) => ({
        name: f.fileSystemId,
        key: f.kmsKeyId,
        detail: t('services.resources.mounts', { count: f.mounts }),
      }));
    case 'lambda':
      return Object.values(world.lambda.functions).map((f) => ({
        name: f.arn,
        key: f.kmsKeyArn ?? 'alias/aws/lambda',
        detail: f.variableNames.join(', '),
      }));
    case 'secretsmanager':
      return Object.values(world.secretsmanager.secrets).map((s) => ({
        name: s.arn,
        key: s.versions.at(-1)?.kmsKeyId ?? '',
        detail: t('services.resources.versions', { count: s.versions.length }),
      }));
    case 'ssm':
      return Object.values(world.ssm.parameters).map((p) => ({
        name: p.name,
        key: p.keyId ?? 'alias/aws/ssm',
        detail: t('services.resources.tier', { tier: p.tier, version: p.version }),
      }));
  }
}

/** A batch of 10,000 objects is summarised: the first rows and a count. */
const SHOWN = 20;

export function Resources({ service, world }: { service: ServiceId; world: ServicesWorld | undefined }) {
  const t = useT();
  const rows = world ? rowsOf(service, world, t) : [];
  const what = t(`services.resources.${service}`);
  return (
    <section className="service__resources" aria-labelledby={`${service}-resources`}>
      <h2 id={`${service}-resources`}>
        {t('services.resources.title')}: {what}
      </h2>
      {rows.length === 0 ? (
        <p className={trailStyles.trailEmpty}>{t('services.resources.empty')}</p>
      ) : (
        <ScrollRegion labelledBy={`${service}-resources-caption`}>
          <table className={styles.serviceTable}>
            <caption id={`${service}-resources-caption`}>{t('services.resources.caption', { what })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('services.resources.name')}</th>
                <th scope="col">{t('services.resources.key')}</th>
                <th scope="col">{t('services.resources.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, SHOWN).map((row) => (
                <tr key={row.name}>
                  <th scope="row">
                    <code>{row.name}</code>
                  </th>
                  <td>
                    <code title={row.key}>{row.key.startsWith('arn:') ? shortKey(row.key) : row.key}</code>
                  </td>
                  <td>{row.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > SHOWN && <p>{t('services.result.more', { count: rows.length - SHOWN })}</p>}
        </ScrollRegion>
      )}
    </section>
  );
}
