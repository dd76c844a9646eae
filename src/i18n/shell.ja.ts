import type { Translation } from './define';
import type { shell as en } from './shell';

/** The Japanese side of src/i18n/shell.ts: the same keys, each message with the same {parameters}. */
export const shell: Translation<typeof en> = {
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
};
