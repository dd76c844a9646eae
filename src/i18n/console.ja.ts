import type { consoleMessages as en } from './console';
import type { Translation } from './define';

/** The Japanese side of src/i18n/console.ts: the same keys, each message with the same {parameters}. */
export const consoleMessages: Translation<typeof en> = {
  title: '`aws kms` コマンドを実行する',
  lead: '本物のシェルと同じように AWS CLI (バージョン 2) のコマンドを入力できます。KMS の呼び出しは 1 回ごとにシナリオのステップになり、プレイヤーで前に戻って確かめたり、共有リンクで渡したりでき、ほかのセクションにも結果が表示されます。',
  shellHelp:
    'KMS Lab のコンソールでは `aws` (KMS のコマンド) といくつかのシェルのコマンドが使えます (このタブの中だけです)。\n\n  aws kms help                   KMS のコマンドの一覧\n  aws kms <command> help         コマンドのパラメータ\n  echo, cat, ls, base64 [-d]     「ファイル」にあるファイル\n  command | command              パイプ\n  command > file, >> file        ファイルへの書き込み (追記)\n  NAME=value, NAME=$(command)    変数 ($NAME で使います)\n\nTab で補完、↑ ↓ で履歴、Ctrl+L で画面をクリアします。\n',
  terminal: {
    label: 'コンソール',
    logLabel: 'コンソールの出力',
    inputLabel: 'コマンド',
    keys: '`Enter` で実行 · `Shift+Enter` で改行 · `↑` `↓` で履歴 · `Tab` で補完 · `Ctrl+L` で画面を消去 · `Esc` でコマンド欄から抜ける',
    run: '実行',
    clear: '画面を消去',
    empty: 'まだコマンドはありません。下の欄に入力するか、例を選んでください。',
    running: '実行中: 呼び出しをシナリオのステップとして記録し、再生しています…',
    stdout: '標準出力',
    stderr: '標準エラー出力',
    exitOk: '終了ステータス 0',
    exitFailed: '終了ステータス {code}',
    goToStep: 'ステップ {step}',
    goToStepLabel: 'プレイヤーでステップ {step} を表示',
    current: 'プレイヤーのカーソルがあるステップ',
    elsewhere: 'ほかのセクションで実行',
    later:
      'プレイヤーの位置より後のコマンド {count} 件は表示していません。見るにはプレイヤーを先へ進めてください。',
    completions: '補完候補:',
    noCompletion: 'この語の補完候補はありません。',
    cursorNote:
      'プレイヤーが最後のステップにありません。新しいコマンドは最後のステップの後ろに追加され、プレイヤーもそこへ移動します。',
  },
  files: {
    title: 'ファイル',
    caption:
      'コンソールが `fileb://名前` (または `file://名前`) で読み込み、`>` で書き出すファイルです。このブラウザーのタブの中にだけ保持されます。',
    name: '名前',
    size: 'サイズ',
    actions: '操作',
    bytes: '{count} バイト',
    upload: 'このコンピューターからファイルを追加',
    added: '`{name}` を追加しました。`fileb://{name}` として使えます。',
    tooLarge:
      '{name} は {limit} バイトを超えています。コンソールに置けるのは小さなファイルだけです。追加しませんでした。',
    download: 'ダウンロード',
    downloadLabel: '{name} をダウンロード',
    remove: '削除',
    removeLabel: '{name} を削除',
    empty: 'ファイルはまだありません。',
  },
  profiles: {
    title: 'プロファイル',
    caption:
      '`--profile` で、呼び出しに署名するプリンシパルを選びます。`default` は、ほかのセクションで操作する人として選んでいるプリンシパルです。',
    profile: 'プロファイル',
    principal: 'プリンシパル',
  },
  examples: {
    title: 'コマンドの例',
    intro: '例を選ぶとコマンド欄に入ります。`Enter` で実行します。',
    createKey: '対称暗号化キーを作成し、キー ID をシェル変数に保存します。',
    createAlias: 'キーにわかりやすい名前 (エイリアス) を付けます。',
    encrypt: '暗号化コンテキストを付けて `secret.txt` を暗号化します。',
    encryptToFile: '暗号文を保存します。テキスト出力を `base64` でデコードしてファイルに書き出します。',
    decrypt: 'ファイルを復号します。どのキーを使うかは、KMS が暗号文そのものから判断します。',
    decryptWrongContext: '異なる暗号化コンテキストで復号します。KMS は拒否します。',
    listAliases: 'エイリアスの一覧を表形式で表示します。',
    describeAsDev: '開発者として (`--profile dev`) キーの情報を表示します。',
    encryptAsAuditor: '読み取りしか許されていない監査担当として、暗号化を試みます。',
    help: 'コンソールで使えるコマンドを表示します。',
  },
  cli: {
    title: '同じ操作の AWS CLI コマンド',
    copy: 'コピー',
    copyLabel: 'AWS CLI コマンドをコピー',
    copied: 'コピーしました。',
    copyManual:
      'ブラウザーがコピーを許可しませんでした。コマンドを選択したので、`Ctrl+C` (`⌘C`) でコピーしてください。',
    files: 'このコマンドに必要なもの:',
    fileBytes: '`{name}` ({count} バイト)',
    downloadLabel: '{name} をダウンロード',
    fromStep: '`{name}`: ステップ {step} が返した `{field}`',
    profile:
      '`{principal}` として署名されています。その ID の認証情報を設定した CLI プロファイルを使ってください。',
    viaService:
      'シナリオでは、`{service}` が呼び出し元に代わってこの呼び出しを行いました (`kms:ViaService`)。シェルから実行すると直接の呼び出しになります。',
  },
};
