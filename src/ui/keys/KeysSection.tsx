import { useState } from 'react';
import { useScenario } from '../../state/scenario';
import { ActingAsNote } from '../cast/ActingAsNote';
import { useScenarioHistory } from '../rotation/useScenarioHistory';
import { ChoiceGroup } from '../shell/ChoiceGroup';
import { useT } from '../shell/useT';
import { CreateKeyForm } from './CreateKeyForm';
import { REGIONS } from './calls';
import { KeyDetail } from './KeyDetail';
import { KeyTable } from './KeyTable';
import { LastCall } from './LastCall';
import { ManagedKeys } from './ManagedKeys';
import styles from './panel.module.css';
import { RegionDemo } from './RegionDemo';
import { StateMachine } from './StateMachine';
import { useRegion } from './useRegion';

/** Keys: create, list per Region, manage the lifecycle and aliases, the Region demo and the state machine. */
export default function KeysSection() {
  const t = useT();
  const view = useScenario((s) => s.view);
  const { history, records } = useScenarioHistory();
  const [region, setRegion] = useRegion();
  const [selected, setSelected] = useState<string>();
  const keys = (view?.keys ?? []).filter((k) => k.region === region);
  const selectedKey = keys.find((k) => k.metadata.Arn === selected);

  return (
    <article className={styles.klab} aria-labelledby="keys-title">
      <header className={styles.klabHeader}>
        <h1 id="keys-title">{t('keys.title')}</h1>
        <p className={styles.klabLead}>{t('keys.lead')}</p>
      </header>
      <LastCall />
      <ActingAsNote />
      <RegionSwitch region={region} onChange={setRegion} />
      <KeyTable keys={keys} region={region} selected={selectedKey?.metadata.Arn} onSelect={setSelected} />
      {selectedKey && (
        <KeyDetail
          key={selectedKey.metadata.Arn}
          keyView={selectedKey}
          region={region}
          aliases={view?.aliases ?? []}
          records={records}
        />
      )}
      <div className={styles.klabColumns}>
        <CreateKeyForm region={region} />
        <ManagedKeys region={region} />
      </div>
      <RegionDemo />
      <StateMachine history={history} keys={view?.keys ?? []} />
    </article>
  );
}

export function RegionSwitch({ region, onChange }: { region: string; onChange: (region: string) => void }) {
  const t = useT();
  return (
    <div className={styles.klabRegion}>
      <ChoiceGroup
        label={t('keys.region.label')}
        // Region names are AWS identifiers, the same in every language.
        choices={REGIONS.map((r) => ({ value: r, label: r, lang: 'en' as const }))}
        value={region}
        onChange={onChange}
      />
      <p className={styles.klabNote}>{t('keys.region.note')}</p>
    </div>
  );
}
