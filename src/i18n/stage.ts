import { defineMessages } from './define';

/**
 * The stage: the animated diagram of the step under the player's cursor (src/ui/stage). Actor and token names,
 * the narration of what moved where (keyed by the scene's narration codes, src/ui/stage/picture.ts), and the
 * drawer that shows a token's bytes. Text in `backticks` is an API name or identifier.
 */
export const stage = defineMessages({
  label: 'Diagram of this step',
  actor: {
    application: 'Your application',
    principal: 'Caller',
    service: '{service}, on your behalf',
    memory: 'Memory',
    kms: 'AWS KMS · `{region}`',
    storage: 'Storage',
    trail: 'CloudTrail',
  },
  actorName: {
    caller: '{name}: {principal}',
    memory: 'Application memory: {count} {count|one=token|other=tokens}',
    kms: 'AWS KMS in {region}: {key}',
    storage: 'Storage: {count} {count|one=token|other=tokens}',
    trail: 'CloudTrail: the last {count} {count|one=record|other=records}',
  },
  empty: {
    memory: 'Empty: no key or data held',
    storage: 'Nothing stored',
    trail: 'No calls yet',
    key: 'No KMS key yet',
  },
  key: {
    gateAllow: 'Key policy: allowed',
    gateDeny: 'Key policy: denied',
    gateIdle: 'Key policy',
    version: 'v{n}',
    current: 'current',
    used: 'used now',
    versions: 'Backing-key versions',
    versionName: 'Backing key v{n}{current}{used}',
    currentMark: ', current',
    usedMark: ', used by this call',
    deletion: 'deleted on {date}',
    deleted: 'Deleted: its key material is gone, and nothing encrypted under it can ever be decrypted again.',
    noKey: 'no key',
  },
  token: {
    dataKey: 'Plaintext data key',
    zeroedKey: 'Data key, zero-filled',
    ciphertextBlob: '`CiphertextBlob`',
    plaintext: 'Plaintext data',
    encryptedData: 'Encrypted data',
    encryptionContext: 'Encryption context',
    trailRecord: 'CloudTrail record',
  },
  badge: {
    secret: 'secret',
    safe: 'safe to store',
    version: 'made by `v{n}`',
    bytes: '{n} B',
    frames: 'frames: {n}',
    orphaned: 'key deleted: can never be decrypted',
    tampered: 'a bit was flipped',
    caught: 'caught: {where}',
    ok: 'succeeded',
    failed: 'failed: `{code}`',
    bucketKey: 'S3 Bucket Key of {bucket}',
  },
  tokenName: '{name}, {detail}. Open its bytes',
  call: {
    response: 'Response',
    noCall: 'No KMS call in this step',
    why: 'Why, and what fixes it',
    via: 'via {service}',
    earlier: 'after {count} {count|one=call|other=calls}: {operations}',
  },
  storage: {
    objects:
      '{objects} {objects|one=object|other=objects}, {keys} {keys|one=encrypted data key|other=encrypted data keys}',
    bucketKeys:
      '{objects} {objects|one=object|other=objects}, {keys} encrypted {keys|one=bucket key|other=bucket keys} (S3 Bucket Keys)',
    more: '(and {n} more)',
  },
  local: {
    encrypt: '{cipher} in your application’s memory: no call to KMS',
    encryptFailed: 'Encryption in your application’s memory: no call to KMS',
    discard: 'Zero-fill in your application’s memory: no call to KMS',
    store: 'A write to storage: no call to KMS',
    tamper: 'A change in storage, by an attacker: no call to KMS',
    clock: 'Time passes: nobody calls KMS (what falls due, KMS does itself)',
    policy: 'An IAM policy changes: no call to KMS',
    service: '{service} answered without calling KMS',
    serviceBucketKey: '{service} used the bucket key it holds: no call to KMS',
    wrap: 'Key material wrapped with RSA-OAEP in your application’s memory: no call to KMS',
  },
  where: {
    input: 'reading the envelope',
    header: 'the header',
    'data-key': 'KMS Decrypt (encrypted data key and context)',
    commitment: 'the key commitment',
    'header-auth': 'the header tag',
    body: 'the tag of frame {frame}',
  },
  narration: {
    start: 'Nothing has happened yet: press → to run the first step.',
    generateDataKey:
      'KMS returned the data key twice: in plaintext ({bytes} {bytes|one=byte|other=bytes}) for you to use now, and encrypted under backing key `v{version}` for you to keep.',
    generateDataKeySigned:
      'For the signing suite `0x0578` your application first made an ECDSA P-384 key pair and sent its public key in the encryption context. KMS returned the data key twice: in plaintext ({bytes} {bytes|one=byte|other=bytes}) for you to use now, and encrypted under backing key `v{version}`, bound to that context, for you to keep.',
    encryptData:
      'Your application encrypted {bytes} {bytes|one=byte|other=bytes} with the plaintext data key, in its own memory: {frames} encrypted frame(s). KMS never saw the data.',
    encryptDataSigned:
      'Your application encrypted {bytes} {bytes|one=byte|other=bytes} with the plaintext data key, in its own memory ({frames} encrypted frame(s)), then signed the whole message with its ECDSA private key and discarded that key: only its holder could have written this message. KMS never saw the data.',
    discard:
      'The plaintext data key was overwritten with {bytes} zero bytes in place, then dropped: only its encrypted copy remains.',
    store:
      'The encrypted data key and the encrypted data travelled to storage together, as one envelope of {bytes} {bytes|one=byte|other=bytes} at {object}.',
    decrypt:
      'The encrypted data key and its encryption context went into KMS, which used backing key `v{version}` named in the blob and returned the plaintext data key; your application decrypted {bytes} {bytes|one=byte|other=bytes}, then zero-filled the key.',
    decryptSigned:
      'The encrypted data key and its encryption context went into KMS, which used backing key `v{version}` and returned the plaintext data key; your application verified the footer’s ECDSA signature with the public key from the encryption context, decrypted {bytes} {bytes|one=byte|other=bytes}, then zero-filled the key.',
    decryptKmsFailed:
      'KMS refused `Decrypt` with `{errorName}`: the data key stays locked, so the data cannot be read.',
    decryptCaught: 'The change was caught at {where} (`{errorName}`): no wrong plaintext came out.',
    call: '`{op}`: the request went into KMS, and its record dropped into CloudTrail.',
    callReturned: '`{op}`: KMS answered with {fields}.',
    reEncrypt:
      '`ReEncrypt`: KMS decrypted the blob made by `v{from}` and encrypted it again under `v{to}`, all inside KMS: the plaintext never left it.',
    denied:
      '`{op}` was denied with `{errorName}`: the key policy gate closed, and nothing came back but the error.',
    rejected: '`{op}` bounced off KMS with `{errorName}`: nothing was encrypted or changed.',
    tamper: 'An attacker flipped bit {bit} of the {part} in the stored envelope at {object}.',
    clock:
      'The simulated clock moved {days} {days|one=day|other=days} forward: rotations and deletions that fell due happened.',
    service:
      '{service} `{action}` called KMS {calls} {calls|one=time|other=times} on the principal’s behalf, with its own encryption context.',
    serviceBucketKeyReused:
      '{service} `{action}` used the bucket key it already holds (S3 Bucket Keys): no call to KMS, so no CloudTrail record either.',
    serviceNoKms: '{service} `{action}` made no call to KMS.',
    serviceBucketKeys:
      '{service} `{action}` called KMS {calls} {calls|one=time|other=times} for {objects} {objects|one=object|other=objects}: S3 Bucket Keys derive each object’s key from one bucket-level key.',
    serviceFailed: '{service} `{action}` failed with `{code}`.',
    serviceFailedKms: '{service} `{action}` failed with `{code}`: KMS answered `{errorName}`.',
    policy: 'An IAM policy changed: the calls that follow are judged by it.',
    wrap: 'Your application made 32 bytes of key material and encrypted them with the wrapping public key KMS handed out: only KMS’s private half can open them.',
    note: 'A note in the scenario: nothing moved.',
    failed: 'This step failed: `{errorName}`.',
  },
  drawer: {
    title: '{name}',
    close: 'Close (Esc)',
    bytes: 'Bytes of the {name}',
    pairs: 'Pairs of the encryption context',
    record: 'The CloudTrail record, as JSON',
    blobCaption: 'What each byte of the CiphertextBlob is for',
    messageCaption: 'What each byte of the envelope is for',
  },
  save: {
    label: 'Save picture',
    svg: 'SVG',
    png: 'PNG',
    svgName: 'Save this step’s picture as SVG (for slides)',
    pngName: 'Save this step’s picture as PNG (for slides)',
    title: 'Step {step} of {total}: {caption}',
    failed: 'The picture could not be saved: {message}',
  },
});
