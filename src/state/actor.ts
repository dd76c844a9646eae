import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { CAST_IDS, type CastId, castMember, viaServiceOf } from '../scenario/cast';
import type { ScenarioSettings } from '../scenario/schema';
import type { Caller } from '../scenario/steps/fields';
import { browserStorage } from './webStorage';

/**
 * "Acting as": the cast member (and optional AWS service calling on their behalf) whose identity every panel
 * uses when it appends a `kms.call` step. Thin: the cast itself is data in src/scenario/cast.ts.
 */
export interface Actor {
  member: CastId;
  /** A service alias from the cast's services (`s3`, `ebs`, …): the call comes through it (`kms:ViaService`). */
  service?: string;
}

export interface ActorState extends Actor {
  setActor(actor: Actor): void;
}

export const actorStorageKey = 'kms-lab.actor';
const DEFAULT_ACTOR: Actor = { member: 'admin' };

/** The saved actor, or the default for anything unreadable (never throws). */
export function parseActor(stored: string | null): Actor {
  try {
    const raw: unknown = stored === null ? null : JSON.parse(stored);
    if (typeof raw !== 'object' || raw === null) return DEFAULT_ACTOR;
    const { member, service } = raw as Record<string, unknown>;
    if (!CAST_IDS.includes(member as CastId)) return DEFAULT_ACTOR;
    const known = typeof service === 'string' && viaServiceOf(service, 'us-east-1') !== undefined;
    return known ? { member: member as CastId, service: service as string } : { member: member as CastId };
  } catch {
    return DEFAULT_ACTOR;
  }
}

/**
 * The `caller` of a kms.call step made by `actor`. The default (Admin, directly) is left out, as the engine
 * defaults to it, so steps and links stay short.
 */
export function callerFor(actor: Actor, settings: Pick<ScenarioSettings, 'accountId' | 'region'>) {
  const via = actor.service ? viaServiceOf(actor.service, settings.region) : undefined;
  if (actor.member === 'admin' && via === undefined) return undefined;
  const caller: Caller = { principal: castMember(actor.member, settings.accountId, settings.region).arn };
  if (via !== undefined) caller.viaService = via;
  return caller;
}

interface ActorStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function createActorStore(storage: ActorStorage | undefined): StoreApi<ActorState> {
  let initial = DEFAULT_ACTOR;
  try {
    initial = parseActor(storage?.getItem(actorStorageKey) ?? null);
  } catch {
    // Storage blocked: start as Admin.
  }
  return createStore<ActorState>()((set) => ({
    ...initial,
    setActor(actor) {
      set({ member: actor.member, service: actor.service });
      try {
        storage?.setItem(actorStorageKey, JSON.stringify(actor));
      } catch {
        // Storage full or blocked: the choice still applies to this visit.
      }
    },
  }));
}

export const actorStore = createActorStore(browserStorage());

export function useActor<T>(selector: (state: ActorState) => T): T {
  return useStore(actorStore, selector);
}
