/**
 * The policy editor proper: CodeMirror 6 with JSON, inline diagnostics from the engine's own policy validator
 * (the same problems the list beside it shows), and completion of KMS actions, condition keys, condition
 * operators and policy elements from the engine's catalogue. This module is only ever imported dynamically,
 * when the learner opens the editor, so CodeMirror stays out of the first-load bundle.
 */
import {
  autocompletion,
  type Completion,
  type CompletionContext,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { type Diagnostic, linter, lintGutter, lintKeymap } from '@codemirror/lint';
import { EditorSelection, EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { CONDITION_KEYS, CONDITION_OPERATORS, KMS_ACTIONS } from '../../kms/policy';

export interface EditorProblem {
  severity: 'error' | 'warning';
  line: number;
  column: number;
  message: string;
}

export interface PolicyEditorOptions {
  doc: string;
  /** Accessible name of the editing area. */
  label: string;
  onChange(doc: string): void;
  problems(doc: string): EditorProblem[];
}

export interface PolicyEditorHandle {
  setDoc(doc: string): void;
  goTo(line: number, column: number): void;
  focus(): void;
  destroy(): void;
}

const ELEMENTS = [
  'Version',
  'Id',
  'Statement',
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
  'AWS',
  'Service',
  'Allow',
  'Deny',
  '2012-10-17',
];

const OPTIONS: Completion[] = [
  ...KMS_ACTIONS.map((a) => ({ label: a.action, type: 'function' })),
  { label: 'kms:*', type: 'function' },
  ...CONDITION_KEYS.map((k) => ({ label: k.name, type: 'property', detail: k.type })),
  ...CONDITION_OPERATORS.flatMap((op) =>
    op === 'Null' ? [op] : [op, `${op}IfExists`, `ForAllValues:${op}`, `ForAnyValue:${op}`],
  ).map((label) => ({ label, type: 'keyword' })),
  ...ELEMENTS.map((label) => ({ label, type: 'type' })),
];

/** Inside a JSON string: complete what a policy can name there. */
function policyCompletions(context: CompletionContext) {
  const word = context.matchBefore(/"[\w:*./-]*/);
  if (!word || (word.from === word.to && !context.explicit)) return null;
  return { from: word.from + 1, options: OPTIONS, validFor: /^[\w:*./-]*$/ };
}

/** Colours from the page's theme tokens (custom properties inherit into the shadow root), so light, dark and
 *  projector all keep their contrast. */
const highlight = HighlightStyle.define([
  { tag: tags.propertyName, color: 'var(--accent)', fontWeight: '600' },
  { tag: tags.string, color: 'var(--yes)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--no)' },
  { tag: tags.invalid, color: 'var(--no)', textDecoration: 'underline wavy' },
]);

const theme = EditorView.theme({
  '&': {
    backgroundColor: 'var(--surface)',
    color: 'var(--text)',
    fontSize: 'var(--text-small)',
    maxHeight: '32rem',
  },
  '&.cm-focused': { outline: 'var(--focus-width) solid var(--accent)', outlineOffset: '-2px' },
  '.cm-scroller': {
    fontFamily:
      'ui-monospace, SFMono-Regular, "Cascadia Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace',
    lineHeight: '1.55',
  },
  '.cm-content': { caretColor: 'var(--text)' },
  '.cm-cursor': { borderLeftColor: 'var(--text)', borderLeftWidth: 'var(--stroke-strong)' },
  '.cm-gutters': {
    backgroundColor: 'var(--surface-2)',
    color: 'var(--text-muted)',
    borderRight: 'var(--stroke) solid var(--border)',
  },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--accent) 7%, transparent)' },
  '.cm-activeLineGutter': { backgroundColor: 'color-mix(in srgb, var(--accent) 12%, transparent)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'color-mix(in srgb, var(--accent) 28%, transparent)',
  },
  '.cm-tooltip': {
    backgroundColor: 'var(--surface)',
    color: 'var(--text)',
    border: 'var(--stroke) solid var(--border-strong)',
  },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': {
    backgroundColor: 'var(--accent)',
    color: 'var(--accent-contrast)',
  },
});

function position(state: EditorState, line: number, column: number): number {
  const l = state.doc.line(Math.min(Math.max(line, 1), state.doc.lines));
  return Math.min(l.from + Math.max(column - 1, 0), l.to);
}

/**
 * CodeMirror injects its styles; in a document that means <style> elements, which the page's Content Security
 * Policy (`style-src 'self'`) refuses. Inside a shadow root it uses constructable stylesheets instead, which
 * CSP allows, so the editor lives in one (style-mod: adoptedStyleSheets for roots without a head).
 */
/** The lint tooltip's text with `backticked` identifiers as <code>, as RichText shows them elsewhere (text nodes only). */
function richTextElement(text: string): HTMLElement {
  const span = document.createElement('span');
  text.split('`').forEach((part, i) => {
    if (i % 2 === 0) span.append(part);
    else span.append(Object.assign(document.createElement('code'), { textContent: part }));
  });
  return span;
}

export function createPolicyEditor(host: HTMLElement, options: PolicyEditorOptions): PolicyEditorHandle {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const diagnostics = linter(
    (view): Diagnostic[] =>
      options.problems(view.state.doc.toString()).map((p) => {
        const from = position(view.state, p.line, p.column);
        return {
          from,
          to: Math.min(from + 1, view.state.doc.length),
          severity: p.severity,
          message: p.message,
          renderMessage: () => richTextElement(p.message),
        };
      }),
    { delay: 250 },
  );
  const view = new EditorView({
    root,
    parent: root,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        lineNumbers(),
        history(),
        highlightActiveLine(),
        bracketMatching(),
        closeBrackets(),
        indentOnInput(),
        json(),
        syntaxHighlighting(highlight),
        theme,
        diagnostics,
        lintGutter(),
        autocompletion({ override: [policyCompletions] }),
        keymap.of([
          ...closeBracketsKeymap,
          ...defaultKeymap,
          ...historyKeymap,
          ...completionKeymap,
          ...lintKeymap,
        ]),
        // No Tab binding: Tab keeps moving focus, so the editor never traps the keyboard (Enter indents).
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': options.label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    setDoc(doc) {
      if (doc === view.state.doc.toString()) return;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: doc } });
    },
    goTo(line, column) {
      const pos = position(view.state, line, column);
      view.dispatch({ selection: EditorSelection.cursor(pos), scrollIntoView: true });
      view.focus();
    },
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
