import { defineMessages } from './define';

/**
 * Proper names that read the same in every language: the product and the AWS services and tools that AWS's
 * Japanese documentation leaves in English. Checks that a text changed with the language allow exactly these.
 */
export const sameInEveryLanguage: ReadonlySet<string> = new Set([
  'KMS Lab',
  'AWS KMS',
  'CloudTrail',
  'AWS CLI',
  // File formats, as the Save picture buttons name them.
  'SVG',
  'PNG',
]);

/** The app frame: header, navigation, settings, section loading and crash states, footer. */
export const shell = defineMessages(
  {
    appName: 'KMS Lab',
    tagline: 'AWS KMS and envelope encryption, with real bytes',
    skipLink: 'Skip to main content',
    navLabel: 'Sections',
    navGroup: { learn: 'Learn', do: 'Do', observe: 'Observe' },
    // Here, not in each feature's catalogue: the navigation names every section on the first screen, while a
    // section's own messages load with its chunk.
    section: {
      keytypes: 'Key types',
      notes: 'Study notes',
      lessons: 'Lessons',
      envelope: 'Envelope encryption',
      keys: 'Keys',
      rotation: 'Rotation',
      policy: 'Policies & access',
      cost: 'Cost',
      trail: 'CloudTrail',
      services: 'AWS services',
      console: 'CLI console',
    },
    startHere: {
      label: 'Start here',
      body: 'New to AWS KMS? Follow the guided lessons from the study notes, one step at a time, predicting what KMS will do before each answer is run.',
      action: 'Start the first lesson: key types',
      all: 'All lessons and the practice exam',
    },
    settingsLabel: 'Display settings',
    // Each language names itself, so the switch is readable whichever language is showing.
    language: { label: 'Language', name: 'English' },
    theme: { label: 'Theme', light: 'Light', dark: 'Dark', projector: 'Projector' },
    motion: { label: 'Motion', system: 'System', reduce: 'Reduced', full: 'Full' },
    documentTitle: '{section} · KMS Lab',
    loading: 'Loading {section}…',
    crash: {
      title: 'This section stopped working',
      body: 'The rest of KMS Lab keeps working. Resetting starts this section again from scratch.',
      errorName: 'Error',
      reset: 'Reset this section',
    },
    offline: {
      ready: 'KMS Lab is saved in this browser: it now opens and works without a network.',
      updateReady:
        'A new version of KMS Lab is ready. Reloading keeps your scenario (it is in the link and saved).',
      reload: 'Reload now',
      later: 'Later',
      dismiss: 'OK',
    },
    footer: {
      simulation:
        'A simulation: KMS Lab runs entirely in your browser and sends nothing over the network. It is a teaching tool, not an AWS service.',
      cryptoWebCrypto: 'Cryptography: WebCrypto (`crypto.subtle`).',
      cryptoNoble:
        'This page is not a secure context (plain http), so `crypto.subtle` is unavailable: cryptography runs on `@noble/ciphers` instead, with identical results.',
    },
  },
  {
    appName: 'KMS Lab',
    tagline: 'AWS KMS とエンベロープ暗号化を、本物のバイトで学ぶ',
    skipLink: '本文へスキップ',
    navLabel: 'セクション',
    navGroup: { learn: '学ぶ', do: '試す', observe: '見る' },
    section: {
      keytypes: 'キーの種類',
      notes: '学習ノート',
      lessons: 'レッスン',
      envelope: 'エンベロープ暗号化',
      keys: 'キー',
      rotation: 'ローテーション',
      policy: 'ポリシーとアクセス',
      cost: 'コスト',
      trail: 'CloudTrail',
      services: 'AWS サービス',
      console: 'コマンドライン',
    },
    startHere: {
      label: 'はじめての方へ',
      body: 'AWS KMS は初めてですか? 学習ノートに沿ったガイド付きレッスンで、一歩ずつ、KMS が何をするかを予想してから実際に確かめながら進めます。',
      action: '最初のレッスンを始める: キーの種類',
      all: 'レッスン一覧と模擬試験',
    },
    settingsLabel: '表示設定',
    language: { label: '言語', name: '日本語' },
    theme: { label: 'テーマ', light: 'ライト', dark: 'ダーク', projector: 'プロジェクター' },
    motion: { label: 'アニメーション', system: '端末の設定', reduce: '控えめ', full: 'すべて' },
    documentTitle: '{section} · KMS Lab',
    loading: '{section}を読み込んでいます…',
    crash: {
      title: 'このセクションでエラーが発生しました',
      body: 'KMS Lab のほかの部分はそのまま使えます。リセットすると、このセクションを最初からやり直します。',
      errorName: 'エラーの種類',
      reset: 'このセクションをリセット',
    },
    offline: {
      ready: 'KMS Lab をこのブラウザに保存しました。これからはネットワークなしでも開いて使えます。',
      updateReady:
        'KMS Lab の新しいバージョンを利用できます。再読み込みしてもシナリオは失われません (リンクと自動保存に残っています)。',
      reload: '今すぐ再読み込み',
      later: '後で',
      dismiss: 'OK',
    },
    footer: {
      simulation:
        'これはシミュレーションです。KMS Lab はすべてブラウザ内で動作し、ネットワークには何も送信しません。AWS のサービスではなく学習用ツールです。',
      cryptoWebCrypto: '暗号処理: WebCrypto (`crypto.subtle`)',
      cryptoNoble:
        'このページは安全なコンテキストではない (平文の http) ため `crypto.subtle` が使えません。代わりに `@noble/ciphers` で暗号処理を行います (結果は同じです)。',
    },
  },
);
