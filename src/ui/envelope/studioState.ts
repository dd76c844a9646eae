/**
 * The studio's glue to the app's stores: the view under the cursor, appending steps (the one way the studio
 * changes the world), the "acting as" caller, reduced motion, and a read-only peek at other steps' views.
 */
import { useReducedMotionConfig } from 'framer-motion';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { StepView } from '../../scenario/replay';
import type { Scenario } from '../../scenario/schema';
import type { Step } from '../../scenario/steps/index';
import { callerFor, useActor } from '../../state/actor';
import { type Landing, type StepChange, scenarioStore, useScenario } from '../../state/scenario';

export const useView = (): StepView | undefined => useScenario((s) => s.view);

/**
 * Adds steps in order (each may name the ones before it), all or none, where the player says (after the step on
 * screen), landing on the first so Play runs them (or on the last, for a result the learner waits for).
 */
export const appendSteps = (steps: readonly Step[], landing?: Landing): StepChange =>
  scenarioStore.getState().appendSteps(steps, landing);

/** The `caller` of the KMS calls the studio makes: whoever the learner is acting as. */
export function useCaller() {
  const member = useActor((s) => s.member);
  const service = useActor((s) => s.service);
  const settings = useScenario((s) => s.scenario.settings);
  return callerFor({ member, service }, settings);
}

/** Whether motion should be instant: the shell's MotionConfig (the learner's choice or the OS setting). */
export const useReducedMotion = (): boolean => useReducedMotionConfig() ?? false;

/** The view after another step (the data key's bytes before the discard), read from the store's own replay. */
const peekAt = (index: number): Promise<StepView> => scenarioStore.getState().viewAt(index);

/** The view after step `index` of the current scenario (the cursor's own view when it is that step). */
export function usePeekView(index: number | undefined): StepView | undefined {
  const scenario = useScenario((s) => s.scenario);
  const current = useView();
  const [peeked, setPeeked] = useState<{ scenario: Scenario; view: StepView }>();
  const own = index !== undefined && current?.index === index;
  useEffect(() => {
    if (index === undefined || own) return;
    let live = true;
    peekAt(index).then(
      (view) => live && setPeeked({ scenario, view }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [scenario, index, own]);
  if (index === undefined) return undefined;
  if (own) return current;
  return peeked?.scenario === scenario && peeked.view.index === index ? peeked.view : undefined;
}

/** The studio's form, kept while the learner moves between tabs (never in the scenario until used). */
interface StudioForm {
  /** Alias name or key ARN the studio's KMS calls use; undefined = the first usable key. */
  keyId: string | undefined;
  /** The text to encrypt; undefined = the catalogue's sample in the learner's language. */
  text: string | undefined;
  /** The "why envelope" text; undefined = the sample, repeated past 4,096 bytes. */
  whyText: string | undefined;
  context: readonly (readonly [string, string])[];
  /** The ESDK suite of the studio's envelopes: true = 0x0578 (signed), false = 0x0478 (the studio's default). */
  signing: boolean;
  set(patch: Partial<Omit<StudioForm, 'set'>>): void;
}

export const studioForm = createStore<StudioForm>()((set) => ({
  keyId: undefined,
  text: undefined,
  whyText: undefined,
  context: [['purpose', 'kms-lab']],
  signing: false,
  set: (patch) => set(patch),
}));

export function useStudioForm<T>(selector: (state: StudioForm) => T): T {
  return useStore(studioForm, selector);
}

/**
 * The keys the studio can use: symmetric encryption keys of the scenario's account and Region. Each is
 * offered by its first alias (what a program would name) or its ARN; the state says whether it works now.
 */
export function usableKeys(view: StepView | undefined, settings: { accountId: string; region: string }) {
  return (view?.keys ?? [])
    .filter(
      (key) =>
        key.accountId === settings.accountId &&
        key.region === settings.region &&
        key.metadata.KeyUsage === 'ENCRYPT_DECRYPT' &&
        key.metadata.KeySpec === 'SYMMETRIC_DEFAULT' &&
        key.metadata.KeyState !== 'PendingDeletion',
    )
    .map((key) => ({
      keyId: key.aliases.find((a) => !a.startsWith('alias/aws/')) ?? key.metadata.Arn,
      arn: key.metadata.Arn,
      state: key.metadata.KeyState,
      manager: key.metadata.KeyManager,
    }))
    .filter((key) => key.manager === 'CUSTOMER');
}

/** The view after the step with this id in the current scenario. */
export function peekStep(stepId: string): Promise<StepView | undefined> {
  const { scenario } = scenarioStore.getState();
  const index = scenario.steps.findIndex((s) => s.id === stepId);
  return index < 0 ? Promise.resolve(undefined) : peekAt(index);
}
