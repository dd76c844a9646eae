/**
 * Scenario ↔ link and file.
 *
 * Link: the URL fragment carries `v=<format version>&s=<base64url(deflate-raw(JSON))>&step=<n>` (the shell adds
 * `view`). The fragment never reaches a server, so a shared scenario stays in the browsers that open it.
 * Decoding is strict and bounded: a cap on the encoded length before inflating and on the inflated size while
 * inflating, fed a kilobyte at a time (a zip bomb stops at the cap within a few milliseconds), strict
 * base64url (RFC 4648 §5, canonical), fatal UTF-8, then the one `restore` path (a nesting-depth scan before
 * JSON.parse, migrations, validation with the path of the first problem).
 *
 * File: `.kmslab.json`, the same schema as pretty-printed JSON, imported through the same `restore`.
 */
import { fromBase64Url, InvalidEncoding, toBase64Url, utf8Decode, utf8Encode } from '../crypto/encoding';
import { MAX_SCENARIO_JSON_CHARS, type RestoreResult, restore } from './migrations';
import { SCENARIO_VERSION, type Scenario } from './schema';

/** Caps the `s` parameter before any work is done. Chromium accepts URLs up to 2 MB; we need far less. */
export const MAX_LINK_PAYLOAD_CHARS = 512 * 1024;
/** Caps the inflated JSON (UTF-8 bytes); the same number as the text cap of `restore`. */
export const MAX_INFLATED_BYTES = MAX_SCENARIO_JSON_CHARS;

/** The fragment parameters this module owns (the shell owns `view`). */
export type ScenarioLinkParams = { v: string; s: string; step: string };

/**
 * Compressed bytes go into the (de)compressor this many at a time, and only as fast as its output is read.
 * Deflate expands at most about 1032:1 (RFC 1951 §3.2.5: a 258-byte match from a code of about two bits), so
 * one step yields at most about 1 MiB; a deflate bomb is stopped at the cap after a few steps, instead of
 * being inflated whole inside one write (64 MiB took 2.1 s on the main thread: issue #13, item 18). Chromium's
 * DecompressionStream honours the backpressure (a 64 KB bomb stops after 5 KB of input, in about 20 ms);
 * Node's buffers ahead, which only tests see.
 */
export const INFLATE_INPUT_CHUNK = 1024;

/** What a bounded pipe consumed and produced (for tests that bound the work without timing it). */
export interface PipeMeter {
  inputBytes: number;
  outputBytes: number;
}

/** A pull-driven source: the next chunk is handed over only when the transform asks for more input. */
function chunks(bytes: Uint8Array<ArrayBuffer>, meter?: PipeMeter): ReadableStream<Uint8Array<ArrayBuffer>> {
  let offset = 0;
  return new ReadableStream(
    {
      pull(controller) {
        if (offset >= bytes.length) {
          controller.close();
          return;
        }
        const chunk = bytes.slice(offset, offset + INFLATE_INPUT_CHUNK);
        offset += chunk.length;
        if (meter) meter.inputBytes += chunk.length;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
}

/** Output between two yields to the event loop: the inflation of a 4 MiB link is split into tasks of a few
 *  milliseconds, so the page keeps painting and answering input while a link is read. */
const YIELD_EVERY_OUTPUT_BYTES = 256 * 1024;

/** A macrotask boundary (setTimeout exists in browsers, workers and Node; it takes no time from the clock). */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs bytes through a (de)compression stream, stopping as soon as the output passes `cap` bytes. */
export async function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  transform: ReadableWritablePair<Uint8Array, Uint8Array<ArrayBuffer>>,
  cap: number,
  meter?: PipeMeter,
): Promise<Uint8Array | 'too-large'> {
  const reader = chunks(bytes, meter).pipeThrough(transform).getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  let sinceYield = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    sinceYield += value.length;
    if (sinceYield >= YIELD_EVERY_OUTPUT_BYTES) {
      sinceYield = 0;
      await yieldToEventLoop();
    }
    if (meter) meter.outputBytes = total;
    if (total > cap) {
      // Stop reading and let go, rather than cancel: with nobody reading, backpressure stops a browser's
      // DecompressionStream where it is. Cancelling races Node 20's web-stream adapter, whose inflater still
      // emits data into the closed stream and throws an uncaught ERR_INVALID_STATE ("Controller is already
      // closed") from outside any promise (seen in CI on codec.test.ts).
      reader.releaseLock();
      return 'too-large';
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export async function encodeScenario(scenario: Scenario): Promise<string> {
  const compressed = await pipe(
    utf8Encode(JSON.stringify(scenario)),
    new CompressionStream('deflate-raw'),
    Infinity,
  );
  return toBase64Url(compressed as Uint8Array);
}

export async function decodeScenario(payload: string): Promise<RestoreResult> {
  if (payload.length > MAX_LINK_PAYLOAD_CHARS) {
    return {
      ok: false,
      reason: 'too-large',
      detail: `link payload of ${payload.length} characters (limit ${MAX_LINK_PAYLOAD_CHARS})`,
    };
  }
  let compressed: Uint8Array<ArrayBuffer>;
  try {
    compressed = fromBase64Url(payload);
  } catch (error) {
    if (error instanceof InvalidEncoding) return { ok: false, reason: 'malformed', detail: error.message };
    throw error;
  }
  let inflated: Uint8Array | 'too-large';
  try {
    inflated = await pipe(compressed, new DecompressionStream('deflate-raw'), MAX_INFLATED_BYTES);
  } catch {
    return {
      ok: false,
      reason: 'malformed',
      detail: 'the link data is not valid deflate-raw compressed data',
    };
  }
  if (inflated === 'too-large') {
    return { ok: false, reason: 'too-large', detail: `inflates to more than ${MAX_INFLATED_BYTES} bytes` };
  }
  let text: string;
  try {
    text = utf8Decode(inflated);
  } catch {
    return { ok: false, reason: 'malformed', detail: 'the link data is not UTF-8 text' };
  }
  return restore(text);
}

/** The link parameters for a scenario shown at `step` (1-based step number; 0 = before the first step). */
export async function scenarioLinkParams(scenario: Scenario, step: number): Promise<ScenarioLinkParams> {
  return { v: String(SCENARIO_VERSION), s: await encodeScenario(scenario), step: String(step) };
}

/** Characters these parameters take in a URL fragment (what the share dialog reports). */
export function encodedLength(params: Readonly<Record<string, string>>): number {
  return new URLSearchParams(params).toString().length;
}

export type LinkReadResult =
  | { kind: 'none' }
  | { kind: 'scenario'; result: RestoreResult; step: number | undefined };

/**
 * Reads `v`, `s` and `step` from the fragment's parameters. `none` when the fragment carries no scenario.
 * A `v` newer than this build is refused before decoding, so the message is right even if a future version
 * changes the encoding itself. A missing or bad `step` is `undefined` (the caller shows the last step).
 */
export async function readScenarioLink(params: URLSearchParams): Promise<LinkReadResult> {
  const payload = params.get('s');
  if (payload === null) return { kind: 'none' };
  const rawStep = params.get('step');
  const step = rawStep !== null && /^\d{1,6}$/.test(rawStep) ? Number(rawStep) : undefined;
  const version = params.get('v');
  if (version === null || !/^\d{1,6}$/.test(version)) {
    return {
      kind: 'scenario',
      step,
      result: { ok: false, reason: 'malformed', detail: 'the link has no valid v= version' },
    };
  }
  if (Number(version) > SCENARIO_VERSION) {
    return {
      kind: 'scenario',
      step,
      result: {
        ok: false,
        reason: 'newer-version',
        detail: `made by format version ${version}; this KMS Lab reads up to version ${SCENARIO_VERSION}`,
      },
    };
  }
  const result = await decodeScenario(payload);
  return {
    kind: 'scenario',
    step: result.ok && step !== undefined ? Math.min(step, result.scenario.steps.length) : step,
    result,
  };
}

export function fromScenarioFile(text: string): RestoreResult {
  return restore(text);
}
