/**
 * The console's CLI profiles: one per cast member, named by its id (`--profile dev`), and `default` for whoever
 * the learner is acting as. A profile only says who signs; the Region is the scenario's unless `--region`
 * says otherwise. A service the actor may be calling through is not part of a profile: from a shell the call
 * is made directly (no `kms:ViaService`).
 */
import type { Profile } from '../../cli/index';
import { castMember, castOf } from '../../scenario/cast';
import type { ScenarioSettings } from '../../scenario/schema';
import type { Caller } from '../../scenario/steps/fields';
import type { Actor } from '../../state/actor';

export type Settings = Pick<ScenarioSettings, 'accountId' | 'region'>;

export function consoleProfiles(actor: Actor, settings: Settings): Record<string, Profile> {
  const profiles: Record<string, Profile> = {
    default: { principal: castMember(actor.member, settings.accountId, settings.region).arn },
  };
  for (const member of castOf(settings.accountId, settings.region)) {
    profiles[member.id] = { principal: member.arn };
  }
  return profiles;
}

/**
 * The `caller` of the step for a call the CLI signed: what equals the engine's defaults (the account's Admin
 * role — the cast's `admin` — and the scenario's Region) is left out, so steps and links stay short.
 */
export function stepCaller(
  cli: { principal?: string; region?: string },
  settings: Settings,
): Caller | undefined {
  const caller: Caller = {};
  if (cli.principal && cli.principal !== castMember('admin', settings.accountId, settings.region).arn)
    caller.principal = cli.principal;
  if (cli.region && cli.region !== settings.region) caller.region = cli.region;
  return Object.keys(caller).length > 0 ? caller : undefined;
}
