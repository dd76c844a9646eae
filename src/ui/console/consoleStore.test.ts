import { describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import { createScenario } from '../../scenario/schema';
import { createScenarioStore, type ScenarioState } from '../../state/scenario';
import { type ConsoleStorage, consoleFileName, createConsoleStore } from './consoleStore';
import { printedOutput } from './printedOutput';
import { consoleStorageKey } from './saved';
import { consoleView } from './transcript';

function memoryStorage(): ConsoleStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

function settled(store: StoreApi<ScenarioState>): Promise<ScenarioState> {
  return new Promise((resolve) => {
    const check = (s: ScenarioState) => {
      if (!s.loading && s.view?.index === s.cursor) {
        unsubscribe();
        resolve(s);
      }
    };
    const unsubscribe = store.subscribe(check);
    queueMicrotask(() => check(store.getState()));
  });
}

/** A learner at the console of a fresh scenario, acting as `member`. */
function lab(member: 'admin' | 'dev' | 'auditor' = 'admin') {
  const scenario = createScenarioStore({ scenario: createScenario('console-store') });
  const storage = memoryStorage();
  const consoleStore = createConsoleStore({ scenario, actingAs: () => ({ member }), storage });
  const run = async (line: string) => {
    await consoleStore.getState().run(line);
    return consoleStore.getState().entries.at(-1);
  };
  return { scenario, consoleStore, run, storage };
}

describe('the console records every KMS call as a scenario step', () => {
  it('runs create-key → create-alias → encrypt → decrypt with CLI-shaped output from the replayed steps', async () => {
    const { scenario, run } = lab();
    await settled(scenario);

    const created = await run('KEY_ID=$(aws kms create-key --query KeyMetadata.KeyId --output text)');
    expect(created).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    const steps = scenario.getState().scenario.steps;
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ id: 's1', kind: 'kms.call', op: 'CreateKey', request: {} });
    expect(created?.steps.map((s) => s.id)).toEqual(['s1']);

    const alias = await run('aws kms create-alias --alias-name alias/app --target-key-id $KEY_ID');
    expect(alias).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(scenario.getState().scenario.steps[1]).toMatchObject({
      op: 'CreateAlias',
      request: { AliasName: 'alias/app', TargetKeyId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    });

    const encrypted = await run(
      'aws kms encrypt --key-id alias/app --plaintext fileb://secret.txt --encryption-context purpose=demo',
    );
    expect(encrypted?.exitCode).toBe(0);
    const body = JSON.parse(encrypted?.stdout ?? '') as Record<string, string>;
    expect(Object.keys(body)).toEqual(['CiphertextBlob', 'KeyId', 'EncryptionAlgorithm']);
    expect(body.EncryptionAlgorithm).toBe('SYMMETRIC_DEFAULT');
    // The printed blob is the replayed step's own output, byte for byte.
    const state = await settled(scenario);
    const result = state.view?.result;
    expect(result?.ok && result.kind === 'kms.call' ? result.output : undefined).toMatchObject({
      CiphertextBlob: body.CiphertextBlob,
    });

    const saved = await run(
      'aws kms encrypt --key-id alias/app --plaintext fileb://secret.txt --encryption-context purpose=demo ' +
        '--output text --query CiphertextBlob | base64 --decode > secret.enc',
    );
    expect(saved).toMatchObject({ stdout: '', exitCode: 0 });

    const decrypted = await run(
      'aws kms decrypt --ciphertext-blob fileb://secret.enc --encryption-context purpose=demo --output text --query Plaintext | base64 --decode',
    );
    expect(decrypted).toMatchObject({ stdout: 'Hello, KMS!\n', stderr: '', exitCode: 0 });

    const wrong = await run(
      'aws kms decrypt --ciphertext-blob fileb://secret.enc --encryption-context purpose=other',
    );
    expect(wrong).toMatchObject({
      stdout: '',
      stderr: '\nAn error occurred (InvalidCiphertextException) when calling the Decrypt operation: \n',
      exitCode: 254,
    });
    // The refused call is a step too (it replays, and CloudTrail records it).
    const last = await settled(scenario);
    expect(last.scenario.steps.map((s) => (s.kind === 'kms.call' ? s.op : s.kind))).toEqual([
      'CreateKey',
      'CreateAlias',
      'Encrypt',
      'Encrypt',
      'Decrypt',
      'Decrypt',
    ]);
    expect(last.view?.result?.ok).toBe(false);
    expect(last.view?.trail.at(-1)).toMatchObject({
      eventName: 'Decrypt',
      errorCode: 'InvalidCiphertextException',
    });
  });

  it('prints table and text output as the CLI does', async () => {
    const { run } = lab();
    await run('KEY=$(aws kms create-key --description "app key" --query KeyMetadata.KeyId --output text)');
    await run('aws kms create-alias --alias-name alias/app --target-key-id $KEY');
    const table = await run(
      'aws kms list-aliases --key-id $KEY --output table --query "Aliases[].AliasName"',
    );
    expect(table).toMatchObject({
      stdout:
        // awscli's table formatter (src/cli/table.ts, golden-tested against the real CLI).
        '---------------\n' +
        '| ListAliases |\n' +
        '+-------------+\n' +
        '|  alias/app  |\n' +
        '+-------------+\n',
      exitCode: 0,
    });
    const text = await run(
      'aws kms describe-key --key-id alias/app --output text --query KeyMetadata.KeyState',
    );
    expect(text).toMatchObject({ stdout: 'Enabled\n', exitCode: 0 });
  });

  it('signs as the acting principal by default and as a cast member with --profile', async () => {
    const { scenario, run } = lab('auditor');
    // The auditor may describe but not create keys.
    const refused = await run('aws kms create-key');
    expect(refused?.exitCode).toBe(254);
    expect(refused?.stderr).toMatch(
      /^\nAn error occurred \(AccessDeniedException\) when calling the CreateKey operation: User: arn:aws:iam::111122223333:role\/Auditor is not authorized/,
    );
    expect(scenario.getState().scenario.steps[0]).toMatchObject({
      caller: { principal: 'arn:aws:iam::111122223333:role/Auditor' },
    });
    const asAdmin = await run(
      'aws kms create-key --profile admin --query KeyMetadata.KeyState --output text',
    );
    expect(asAdmin).toMatchObject({ stdout: 'Enabled\n', exitCode: 0 });
    // The engine's default caller is left out of the step, so links stay short.
    expect(scenario.getState().scenario.steps[1]).not.toHaveProperty('caller');
    const unknown = await run('aws kms list-keys --profile nobody');
    expect(unknown).toMatchObject({
      stderr: '\nThe config profile (nobody) could not be found\n',
      exitCode: 255,
    });
    expect(scenario.getState().scenario.steps).toHaveLength(2);
  });

  it('keeps errors that are not KMS calls out of the scenario', async () => {
    const { scenario, run } = lab();
    const typo = await run('aws kms encrypt --key-id alias/app --plaintext fileb://secret.txt --contxt a=b');
    expect(typo?.exitCode).toBe(252);
    expect(typo?.stderr).toContain('Unknown options: --contxt, a=b');
    const missing = await run('aws kms encrypt --key-id alias/app --plaintext fileb://nothing.txt');
    expect(missing?.stderr).toContain("No such file or directory: 'nothing.txt'");
    expect(scenario.getState().scenario.steps).toHaveLength(0);
  });

  it('refuses a typed value shaped like a scenario reference', async () => {
    const { scenario, run } = lab();
    await run('aws kms create-key');
    const ref = await run(
      `aws kms encrypt --key-id alias/x --plaintext aGk= --encryption-context '{"$ref":"s1/KeyMetadata/KeyId"}'`,
    );
    expect(ref?.exitCode).toBe(255);
    expect(ref?.stderr).toContain('reserved for links between scenario steps');
    expect(scenario.getState().scenario.steps).toHaveLength(1);
  });
});

describe('the transcript follows the player', () => {
  it('hides commands whose steps come after the cursor and shows the same output when scrubbing back', async () => {
    const { scenario, consoleStore, run } = lab();
    await run('aws kms create-key --query KeyMetadata.Arn --output text');
    await run('aws kms create-key --query KeyMetadata.KeySpec --output text');
    await run('ls');
    const at = (cursor: number) =>
      consoleView(consoleStore.getState().entries, scenario.getState().scenario.steps, cursor);
    expect(at(1).rows.map((r) => (r.kind === 'entry' ? r.entry.line : r.index))).toEqual([
      'aws kms create-key --query KeyMetadata.Arn --output text',
      'aws kms create-key --query KeyMetadata.KeySpec --output text',
      'ls',
    ]);
    const first = at(0);
    expect(first.rows).toHaveLength(1);
    expect(first.rows[0]).toMatchObject({ kind: 'entry', current: true, stepNumbers: [1] });
    expect(first.hiddenLater).toBe(2);
    expect(at(-1).rows).toEqual([]);
  });

  it('lists calls made elsewhere as rows of their own, and clear hides them', async () => {
    const { scenario, consoleStore, run } = lab();
    scenario.getState().appendStep({ kind: 'kms.call', op: 'CreateKey', request: { Description: 'panel' } });
    await settled(scenario);
    await run('ls');
    const view = () =>
      consoleView(
        consoleStore.getState().entries,
        scenario.getState().scenario.steps,
        scenario.getState().cursor,
        consoleStore.getState().cleared,
      );
    expect(view().rows.map((r) => r.kind)).toEqual(['step', 'entry']);
    consoleStore.getState().clear();
    expect(view().rows).toEqual([]);
  });
});

describe('history, variables and the transcript survive a reload', () => {
  it('restores from storage', async () => {
    const first = lab();
    await first.run('aws kms create-key --query KeyMetadata.KeyId --output text');
    await first.run('NAME=alias/app');
    await first.run('aws kms create-key --query KeyMetadata.KeyId --output text');
    await first.run('NAME=alias/app');
    await first.run('NAME=alias/app');
    expect(first.consoleStore.getState().history).toEqual([
      'aws kms create-key --query KeyMetadata.KeyId --output text',
      'NAME=alias/app',
      'aws kms create-key --query KeyMetadata.KeyId --output text',
      'NAME=alias/app',
    ]);
    const again = createConsoleStore({
      scenario: first.scenario,
      actingAs: () => ({ member: 'admin' }),
      storage: first.storage,
    });
    expect(again.getState().entries).toHaveLength(5);
    expect(again.getState().variables).toEqual({ NAME: 'alias/app' });
    expect(again.getState().history).toHaveLength(4);
    expect(JSON.parse(first.storage.data.get(consoleStorageKey) ?? '')).not.toHaveProperty('files');
  });
});

describe('the virtual directory', () => {
  it('adds, reads and deletes files; deleted bytes are zero-filled', async () => {
    const { consoleStore, run } = lab();
    const bytes = new Uint8Array([1, 2, 3]);
    consoleStore.getState().addFile('data.bin', bytes);
    expect(consoleStore.getState().files).toEqual([
      { name: 'data.bin', size: 3 },
      { name: 'secret.txt', size: 12 },
    ]);
    expect((await run('ls'))?.stdout).toBe('data.bin\nsecret.txt\n');
    consoleStore.getState().removeFile('data.bin');
    expect(consoleStore.getState().files.map((f) => f.name)).toEqual(['secret.txt']);
    expect(consoleStore.getState().readFile('secret.txt')).toEqual(new TextEncoder().encode('Hello, KMS!\n'));
  });

  it('makes uploaded names usable on a command line', () => {
    expect(consoleFileName('C:\\Users\\me\\My Secret (1).txt')).toBe('My_Secret_1_.txt');
    expect(consoleFileName('../../etc/passwd')).toBe('passwd');
    expect(consoleFileName('.hidden')).toBe('hidden');
    expect(consoleFileName('???')).toBe('_');
    expect(consoleFileName('')).toBe('file.bin');
  });
});

describe('output derived from a replayed step', () => {
  it('is what the console printed when the call was typed, success or AWS error', async () => {
    const { scenario, consoleStore, run } = lab();
    await run('aws kms create-key --description "derived"');
    await run('aws kms encrypt --key-id alias/none --plaintext aGk=');
    const entries = consoleStore.getState().entries;
    expect(entries.map((e) => e.exitCode)).toEqual([0, 254]);
    for (const [index, entry] of entries.entries()) {
      scenario.getState().goTo(index);
      const view = (await settled(scenario)).view;
      if (view?.step?.kind !== 'kms.call') throw new Error('expected a kms.call step');
      expect(printedOutput(view.step, view.result)).toEqual({
        stdout: entry.stdout,
        stderr: entry.stderr,
        exitCode: entry.exitCode,
      });
    }
  });
});
