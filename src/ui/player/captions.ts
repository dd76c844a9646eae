/**
 * Turns a step's caption (a code + params from the step catalogue, src/scenario/steps) into the one-line
 * sentence of what just happened, in the learner's language. Codes that name other codes (a flow stage, an
 * envelope error, a tampered part) are translated through their own groups of the player catalogue.
 */
import { messagesOf } from '../../i18n';
import { format, type Lang } from '../../i18n/define';
import type { Caption } from '../../scenario/steps/index';

type Group = Readonly<Record<string, string>>;

function lookup(group: Group, key: unknown): string | undefined {
  return typeof key === 'string' && Object.hasOwn(group, key) ? group[key] : undefined;
}

export function captionText(lang: Lang, caption: Caption): string {
  const messages = messagesOf(lang, 'player');
  const template = lookup(messages.caption, caption.code);
  // Every code the catalogue declares is tested to exist; an unknown one (a newer link) shows its code.
  if (template === undefined) return caption.code;
  const params: Record<string, string | number> = { ...caption.params };
  const frame = { frame: params.frame ?? 1 };
  const stage = lookup(messages.stage, params.stage);
  if (stage !== undefined) params.stage = stage;
  const part = lookup(messages.part, params.part);
  if (part !== undefined) params.part = format(lang, part, frame);
  const reason = lookup(messages.envelopeError, params.code);
  params.reason = reason === undefined ? String(params.code ?? '') : format(lang, reason, frame);
  return format(lang, template, params);
}
