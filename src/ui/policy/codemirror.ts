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
import {
  bracketMatching,
  defaultHighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import { type Diagnostic, linter, lintGutter, lintKeymap } from '@codemirror/lint';
import { EditorSelection, EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
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

function position(state: EditorState, line: number, column: number): number {
  const l = state.doc.line(Math.min(Math.max(line, 1), state.doc.lines));
  return Math.min(l.from + Math.max(column - 1, 0), l.to);
}

export function createPolicyEditor(parent: HTMLElement, options: PolicyEditorOptions): PolicyEditorHandle {
  const diagnostics = linter(
    (view): Diagnostic[] =>
      options.problems(view.state.doc.toString()).map((p) => {
        const from = position(view.state, p.line, p.column);
        return {
          from,
          to: Math.min(from + 1, view.state.doc.length),
          severity: p.severity,
          message: p.message,
        };
      }),
    { delay: 250 },
  );
  const view = new EditorView({
    parent,
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
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
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
