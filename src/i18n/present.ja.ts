import type { Translation } from './define';
import type { present as en } from './present';

/** The Japanese side of src/i18n/present.ts: the same keys, each message with the same {parameters}. */
export const present: Translation<typeof en> = {
  heading: 'プレゼンテーション中: {section}',
  toolbar: 'プレゼンテーション',
  presenterWindow: '発表者用ウィンドウ',
  fullScreen: '全画面表示 (F)',
  exitFullScreen: '全画面表示を終了 (F)',
  blank: '画面を暗転 (B)',
  leave: 'プレゼンテーションを終了 (Esc)',
  blanked: '画面を暗転しています。B キーでもとに戻ります。',
  popupBlocked:
    'ブラウザが発表者用ウィンドウをブロックしました。このページのポップアップを許可してから、もう一度お試しください。',
  view: {
    title: '発表者ビュー',
    position: 'ステップ {step} / {total}',
    timer: '経過時間',
    resetTimer: 'タイマーをリセット',
    now: 'いま映っている画面',
    notes: '発表者ノート',
    noNotes:
      'このステップ専用のノートはありません。キャプションの内容を説明してから、バイト列を見せてください。',
    cli: '同じ呼び出しを AWS CLI で',
    next: '次のステップ',
    nextNone: 'これが最後のステップです。',
    prev: '前のステップ',
    nextStep: '次のステップへ',
    blank: '投影画面を暗転 (B)',
    unblank: '投影画面をもとに戻す (B)',
    blankedState: '投影画面は暗転中です。',
    keys: 'このウィンドウでも投影側でも使えるキー: → Space PageDown で次へ、← PageUp で前へ、Home/End、B で暗転。',
    waiting:
      'まだプレゼンテーションとつながっていません。プレゼンテーション中に「発表者用ウィンドウ」から開いてください。',
  },
};
