import { m } from 'framer-motion';
import { type KeyboardEvent, useRef } from 'react';
import { SERVICE_IDS, SERVICES, type ServiceId } from '../../services/index';
import { updateFragment, useFragmentParam } from '../../state/location';
import { ActingAs } from '../cast/ActingAs';
import { useEntrances } from '../shell/Animations';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { ServicePanel } from './ServicePanel';
import styles from './services.module.css';

const isServiceId = (value: string | null): value is ServiceId =>
  value !== null && (SERVICE_IDS as readonly string[]).includes(value);

/**
 * The services gallery: one tab per AWS service that uses KMS (reference §11). The tab is in the URL
 * (`service=`), so a shared link opens on it.
 */
export default function ServicesSection() {
  const t = useT();
  const entrances = useEntrances();
  const param = useFragmentParam('service');
  const current: ServiceId = isServiceId(param) ? param : 's3';
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const select = (service: ServiceId, focus = false) => {
    updateFragment({ service }, { replace: true });
    if (focus) tabs.current[SERVICE_IDS.indexOf(service)]?.focus();
  };

  // WAI-ARIA tabs: ←/→ move between tabs (Home/End to the ends); the player's arrow keys stay out of it.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = SERVICE_IDS.indexOf(current);
    const moves: Record<string, number> = {
      ArrowRight: (at + 1) % SERVICE_IDS.length,
      ArrowLeft: (at - 1 + SERVICE_IDS.length) % SERVICE_IDS.length,
      Home: 0,
      End: SERVICE_IDS.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    select(SERVICE_IDS[next] as ServiceId, true);
  };

  return (
    <m.article
      className={`section ${styles.services}`}
      aria-labelledby="services-title"
      initial={entrances ? { opacity: 0, y: 8 } : false}
      animate={{ opacity: 1, y: 0 }}
      transition={{ duration: 0.25 }}
    >
      <header className={styles.sectionHeader}>
        <h1 id="services-title">{t('services.title')}</h1>
        <p className={styles.lead}>
          <RichText text={t('services.lead')} />
        </p>
      </header>
      <ActingAs />
      <div
        className={styles.servicesTabs}
        role="tablist"
        aria-label={t('services.tabs')}
        onKeyDown={onKeyDown}
      >
        {SERVICE_IDS.map((id, i) => (
          <button
            key={id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`service-tab-${id}`}
            aria-selected={id === current}
            aria-controls={`service-panel-${id}`}
            tabIndex={id === current ? 0 : -1}
            className={styles.servicesTab}
            data-testid="services-tab"
            onClick={() => select(id)}
          >
            {SERVICES[id].name}
          </button>
        ))}
      </div>
      <div
        className="services__panel"
        role="tabpanel"
        id={`service-panel-${current}`}
        aria-labelledby={`service-tab-${current}`}
      >
        <ServicePanel key={current} service={current} />
      </div>
    </m.article>
  );
}
