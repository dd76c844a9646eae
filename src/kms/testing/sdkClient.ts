/**
 * Test harness: the official `@aws-sdk/client-kms` driving a simulator through a custom `requestHandler`, as the
 * independent acceptance suite does. The handler passes `X-Amz-Target` and the body to `handle` and answers with
 * the JSON body or `{__type, message}` and the error's HTTP status. No network is touched.
 */
import {
  CreateKeyCommand,
  type CreateKeyCommandInput,
  type KeyMetadata,
  KMSClient,
} from '@aws-sdk/client-kms';
import { HttpResponse } from '@smithy/core/transport';
import type { CallerOptions } from '../callers';
import { isKmsError } from '../errors';
import { createKmsSimulator, type KmsSimulator } from '../simulator';
import { errorBody } from '../wire';

const JSON_HEADERS = { 'content-type': 'application/x-amz-json-1.1' };

export function kmsClientFor(sim: KmsSimulator, caller?: CallerOptions): KMSClient {
  return new KMSClient({
    region: caller?.region ?? 'us-east-1',
    credentials: { accessKeyId: 'AKIAKMSLABTEST000000', secretAccessKey: 'kms-lab-test-secret' },
    maxAttempts: 1,
    requestHandler: {
      async handle(request: { headers: Record<string, string>; body?: unknown }) {
        const target = request.headers['x-amz-target'];
        const text =
          typeof request.body === 'string'
            ? request.body
            : new TextDecoder().decode(request.body as Uint8Array);
        let statusCode = 200;
        let payload: unknown;
        try {
          payload = await sim.handle(target, JSON.parse(text || '{}'), caller);
        } catch (e) {
          if (!isKmsError(e)) throw e;
          statusCode = e.httpStatus;
          payload = errorBody(e);
        }
        const body = new TextEncoder().encode(JSON.stringify(payload));
        return { response: new HttpResponse({ statusCode, headers: JSON_HEADERS, body }) };
      },
    },
  });
}

/** The AWS error an SDK call fails with (`name` = exception, `message` = AWS's text, 'UnknownError' if empty). */
export async function sdkError(promise: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await promise;
  } catch (e) {
    const err = e as { name: string; message: string };
    return { name: err.name, message: err.message };
  }
  throw new Error('expected the call to fail');
}

/** A fresh simulator and an SDK client driving it, as each SDK suite starts every test. */
export function sdkSimulator(seed: string): { sim: KmsSimulator; kms: KMSClient } {
  const sim = createKmsSimulator({ seed });
  return { sim, kms: kmsClientFor(sim) };
}

/** KeyMetadata with every member present (the tests read the ones CreateKey always answers). */
export type CreatedKey = { [K in keyof KeyMetadata]-?: NonNullable<KeyMetadata[K]> };

/** CreateKey through the SDK; the new key's metadata. */
export async function createKey(kms: KMSClient, input: CreateKeyCommandInput = {}): Promise<CreatedKey> {
  const { KeyMetadata } = await kms.send(new CreateKeyCommand(input));
  if (!KeyMetadata?.Arn) throw new Error('no key');
  return KeyMetadata as CreatedKey;
}
