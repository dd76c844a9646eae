import { RichText } from './RichText';
import styles from './shell.module.css';
import { useT } from './useT';

// Without a secure context (plain http on a LAN) browsers hide crypto.subtle; the engine then uses
// @noble/ciphers (docs/toolchain.md, "Insecure contexts"), and the learner should know.
const hasWebCrypto = globalThis.crypto?.subtle !== undefined;

export function Footer() {
  const t = useT();
  return (
    <footer className={styles.footer}>
      <p>{t('shell.footer.simulation')}</p>
      <p className={hasWebCrypto ? undefined : styles.footerWarning}>
        <RichText text={t(hasWebCrypto ? 'shell.footer.cryptoWebCrypto' : 'shell.footer.cryptoNoble')} />
      </p>
    </footer>
  );
}
