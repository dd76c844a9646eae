import { defineMessages } from './define';

/**
 * The envelope encryption studio. The vocabulary follows the study notes' two diagrams
 * (seed/kms-study-notes.ja.md: 平文の Data Key, 暗号化済み Data Key, 即座に破棄, 保存) and the reference:
 * §3 (Encrypt limit, encryption context, errors), §6 (ciphertext blob), §12 (Encryption SDK message format).
 * Text in `backticks` is an identifier, API name or algorithm name and is shown as code.
 */
export const envelope = defineMessages({
  title: 'Envelope encryption studio',
  lead: 'KMS encrypts at most 4 KB directly, so larger data is encrypted with a data key that KMS generates and protects. Watch the four encrypt steps and the two decrypt steps of the study notes happen with real bytes, then try to break them.',
  privacy:
    'Everything runs in this browser: the simulated KMS, the encryption and your files. Nothing is uploaded.',
  loading: 'Replaying the scenario…',
  tabs: {
    label: 'Studio',
    flow: 'Encrypt and decrypt',
    why: 'Why envelope?',
    tamper: 'Tamper lab',
    threats: 'Threat lens',
    files: 'Large files',
    inspect: 'Message inspector',
  },
  badge: {
    secret: 'Secret',
    stored: 'Safe to store',
  },
  key: {
    label: 'KMS key',
    none: 'This scenario has no symmetric customer managed key the studio can use.',
    create: 'Create a KMS key for the studio',
    notYet:
      'At this step the scenario has no KMS key yet: step {step} (`CreateKey`) creates the key it uses. Nothing is wrong: press → or Play to get there.',
    goTo: 'Go to step {step}',
    createHere: 'Create another key here instead',
  },
  composer: {
    title: 'Encrypt your own text',
    text: 'Data to encrypt',
    bytes: '{count} {count|one=byte|other=bytes} of UTF-8',
    contextHelp:
      'Non-secret key–value pairs bound to the ciphertext. Decrypt must present exactly the same pairs.',
    encrypt: 'Encrypt: add the 4 steps',
    decrypt: 'Decrypt: add the decrypt step',
    walk: 'The steps are added to the scenario after the step on screen, and the player lands on the first of them: press Play (Space) or → to run them one by one. Each step below shows its real values.',
    watch: 'Watch this scenario from the start',
    refused: 'The scenario did not accept the steps; your input is unchanged:',
    sample: 'Envelope encryption: a data key encrypts the data; KMS encrypts the data key.',
  },
  suite: {
    legend: 'Algorithm suite (AWS Encryption SDK)',
    signed: 'With signing: `0x0578` `AES_256_GCM_HKDF_SHA512_COMMIT_KEY_ECDSA_P384` (the ESDK’s default)',
    unsigned: 'Without signing: `0x0478` `AES_256_GCM_HKDF_SHA512_COMMIT_KEY`',
    help: 'With signing, your application first makes an ECDSA P-384 key pair and puts the public key in the encryption context (`aws-crypto-public-key`), so `GenerateDataKey` binds it to the data key; after encrypting it signs the whole message with the private key and discards that key. Only a holder of the private key could have written the message: someone who may decrypt (and so holds the data key) can still not forge one. Decrypt verifies the signature with the public key from the encryption context.',
  },
  context: {
    title: 'Encryption context',
    key: 'Key',
    value: 'Value',
    empty: 'None (empty encryption context)',
    keyOf: 'Key of pair {n}',
    valueOf: 'Value of pair {n}',
    remove: 'Remove pair {n}',
    add: 'Add a pair',
    duplicate: 'The key “{key}” appears twice; only the last value is used.',
  },
  stages: {
    generate: '`GenerateDataKey`',
    encrypt: 'Encrypt the data',
    discard: 'Discard the plaintext data key',
    store: 'Store',
    kmsDecrypt: '`Decrypt` the data key',
    decryptData: 'Decrypt the data',
  },
  stageTitle: {
    generate: '1. `GenerateDataKey`: KMS returns the data key twice',
    encrypt: '2. The plaintext data key encrypts the data',
    discard: '3. The plaintext data key is discarded at once',
    store: '4. The encrypted data key is stored beside the encrypted data',
    decrypt: 'Decryption: `Decrypt` the data key, then decrypt the data',
  },
  status: {
    absent: 'not in this scenario',
    pending: 'not yet',
    current: 'now',
    done: 'done',
    failed: 'failed',
    skipped: 'not reached',
  },
  flow: {
    stepper: 'The envelope flow',
    encryptTitle: 'Encryption flow',
    decryptTitle: 'Decryption flow',
    step: 'Step {step}',
    stepTitle: 'Step {step}',
    none: 'No envelope flow yet. Encrypt some text above to add one.',
    beforeStart:
      'Before the first step: no KMS key, no data key, nothing stored yet. Press Play (Space) or → to watch the scenario build them, step by step.',
    outside: 'Step {step} is not part of the envelope flow: {caption}',
    summary: {
      generate: '32-byte plaintext key and a {count}-byte encrypted copy',
      encrypt: '{count} {count|one=byte|other=bytes} of data → a {total}-byte envelope',
      encryptFile: 'File “{name}” ({size})',
      discard: '{count} {count|one=byte|other=bytes} overwritten with zeros',
      store: '{count}-byte envelope stored',
    },
  },
  generate: {
    kms: 'KMS (inside the service)',
    alias: 'Alias',
    keyArn: 'KMS key',
    keyMaterialId: 'Backing key (`KeyMaterialId`)',
    version: 'version {version} of {count}',
    contextNote:
      'The encryption context is authenticated with the data key but not encrypted: it is also written in CloudTrail.',
    plaintext: 'Plaintext data key ({count} {count|one=byte|other=bytes})',
    plaintextLabel: 'Plaintext data key',
    plaintextNote: 'Used for step 2 only, then discarded. It never leaves the application.',
    encrypted: 'Encrypted data key ({count} {count|one=byte|other=bytes})',
    encryptedLabel: 'Encrypted data key, byte map',
    failed: '`GenerateDataKey` failed',
  },
  blob: {
    caption: 'Fields of the encrypted data key (KMS Lab’s ciphertext blob)',
    honest:
      'AWS does not document the byte layout of a real KMS ciphertext blob. This is KMS Lab’s own layout, built on what AWS does document: the header names the backing key, and AES-256-GCM protects the rest under a key derived for this call.',
    formatVersion: { name: 'Format version', about: 'KMS Lab blob format 1.' },
    keyIdKind: {
      name: 'Key ID kind',
      about: 'Whether the next field is a key ID or a multi-Region key ID.',
    },
    keyId: {
      name: 'Key ID',
      about: 'Which KMS key: why `Decrypt` needs no `KeyId` for symmetric ciphertext.',
    },
    keyMaterialId: {
      name: 'Backing key ID',
      about: 'Which backing key (`KeyMaterialId`): why old ciphertext still decrypts after rotation.',
    },
    nonce: {
      name: 'Nonce',
      about: 'Random input to derive a fresh AES key for this call from the backing key.',
    },
    iv: { name: 'IV', about: 'The AES-GCM initialisation vector (12 random bytes).' },
    ciphertext: { name: 'Encrypted data key', about: 'The data key itself, encrypted.' },
    tag: {
      name: 'Authentication tag',
      about: 'Detects any change to the blob or a different encryption context.',
    },
  },
  legend: {
    field: 'Field',
    offset: 'Offset',
    length: 'Bytes',
    about: 'What it is for',
  },
  hex: {
    summary: '{count} {count|one=byte|other=bytes}. Hover or focus a byte (arrow keys) to see what it is.',
    byte: 'Byte {index}: `0x{hex}` {field}',
    showAll: 'Show all {count} {count|one=byte|other=bytes}',
  },
  encrypt: {
    input: 'Data (plaintext)',
    inputLabel: 'Plaintext bytes',
    fileInput:
      'The file “{name}” ({size}). The scenario records only its name, size and SHA-256 `{sha256}`; its bytes stay in this browser.',
    fileSizes:
      '{size} of data became a {total}-byte envelope: a {header}-byte header, then {frames} {frames|one=frame|other=frames} of up to {frame} each with its own IV and tag.',
    fileHeaderLabel: 'Envelope header bytes',
    fileHeaderCaption:
      'Header fields (the first {count} of the envelope’s {total} {total|one=byte|other=bytes}; the frames follow in the file)',
    fileFramesShown:
      'The table lists the first {shown} {shown|one=frame|other=frames} and the final one; every frame has its IV and tag.',
    fileDownload: 'Download this envelope ({name})',
    fileElsewhere:
      'A file’s envelope is a download, not an object in the simulated bucket, so the store step, the tamper lab and the Decrypt button work on text envelopes. To decrypt this one, choose the downloaded file under Large files → Decrypt an envelope file.',
    keys: 'Keys derived from the data key (AWS Encryption SDK)',
    suite: 'Algorithm suite',
    messageId: 'Message ID (HKDF salt)',
    dataKey: 'Plaintext data key',
    derivedKey: 'Encryption key (derived with HKDF)',
    commitmentKey: 'Commitment key (stored in the header)',
    publicKey: 'Public key (`aws-crypto-public-key` in the encryption context)',
    signature: 'Signature (footer, {bytes} {bytes|one=byte|other=bytes})',
    signedNote:
      'The application signed the header and every frame with the ECDSA P-384 private key it made before `GenerateDataKey`, wrote the signature in the footer and discarded the private key. Decrypt verifies the signature with the public key from the encryption context.',
    hkdfNote:
      'The data key is not used directly: HKDF derives one key per message, and a commitment key ensures the envelope can only be decrypted with this data key.',
    output: 'Encrypted data ({count} {count|one=byte|other=bytes}, {frames} {frames|one=frame|other=frames})',
    outputLabel: 'Encrypted content bytes',
    frames:
      '{count} {count|one=frame|other=frames} of up to {length} {length|one=byte|other=bytes}, each with its own IV and tag',
    frame: 'Frame',
    finalFrame: '{n} (final)',
    bytes: 'Bytes',
    tag: 'Tag',
    linkNote:
      'AES-GCM is a stream mode: the encrypted data is as long as the data, and byte i comes from byte i. Hover or focus a byte on either side to see its partner.',
    failed: 'The client could not encrypt',
  },
  discard: {
    title: 'Application memory',
    label: 'The 32 bytes of memory that held the plaintext data key',
    live: 'Still holding the plaintext data key ({count} {count|one=byte|other=bytes}).',
    zeroing: 'Overwriting: {done} of {count} {count|one=byte|other=bytes} are zero.',
    allZero: 'All {count} {count|one=byte|other=bytes} are `0x00`: the plaintext data key is gone.',
    again: 'Play again',
    before: 'Before the discard it held:',
    state: 'State of the key’s handle in the replayed world',
    already: 'This key had already been discarded by an earlier step: overwriting zeros changes nothing.',
    note: 'This is the very buffer the key lived in, zero-filled in place (no copy is left by the code that held it). From now on any attempt to use it fails.',
    limits:
      'In JavaScript, copies inside the browser’s own crypto engine are out of reach; the buffers the application owns are the ones zeroed, as the `GenerateDataKey` API reference asks.',
    failed: 'The discard failed',
  },
  store: {
    title: 'Stored at',
    summary:
      'One {count}-byte envelope (AWS Encryption SDK message format): the header carries the encryption context and the encrypted data key; the frames carry the encrypted data. The plaintext data key is nowhere in it.',
    contextCaption: 'Encryption context written in the header (readable by anyone with the envelope)',
    layoutLabel: 'Envelope byte map',
    note: 'The encrypted data key here is byte for byte the one `GenerateDataKey` returned in step 1: hover a byte of it to see the same byte there.',
    failed: 'Storing failed',
    fileEnvelope:
      'Step {step} encrypted a file: its envelope went to a download and was never held whole in memory, so there is nothing here to store.',
  },
  message: {
    caption:
      'Envelope fields ({count} {count|one=byte|other=bytes}, {frames} {frames|one=frame|other=frames})',
    inFrame: 'Frame {frame} · {name}',
    omitted: '{count} {count|one=frame|other=frames} in the middle are not listed.',
    problem: 'The envelope cannot be read past this point: {detail}',
    version: { name: 'Version', about: 'Message format 2.0.' },
    versionV1: 'Message format 1.0: no key commitment.',
    algorithmSuiteId: {
      name: 'Algorithm suite',
      about: '0x0478: AES-256-GCM, HKDF-SHA512, key commitment.',
    },
    algorithmSuiteSigned:
      '`0x0578`: AES-256-GCM, HKDF-SHA512, key commitment, and an ECDSA P-384 signature in the footer.',
    publicKeyContext:
      'Added by the AWS Encryption SDK for a signing suite: the ECDSA public key (compressed point, base64). Decrypt verifies the footer’s signature with it.',
    messageId: { name: 'Message ID', about: '32 random bytes; the salt for deriving this message’s keys.' },
    keyValuePairsLength: { name: 'Context length', about: 'Bytes of encryption context that follow.' },
    keyValuePairCount: { name: 'Pair count', about: 'Number of encryption context pairs.' },
    keyLength: { name: 'Key length', about: 'Length of the next context key.' },
    key: { name: 'Context key', about: 'An encryption context key, in plaintext:' },
    valueLength: { name: 'Value length', about: 'Length of the next context value.' },
    value: { name: 'Context value', about: 'An encryption context value, in plaintext:' },
    encryptedDataKeyCount: { name: 'Data key count', about: 'How many encrypted data keys follow.' },
    keyProviderIdLength: { name: 'Provider ID length', about: 'Length of the key provider ID.' },
    keyProviderId: { name: 'Key provider ID', about: '`aws-kms`: this data key was encrypted by KMS.' },
    keyProviderInformationLength: {
      name: 'Provider info length',
      about: 'Length of the key provider information.',
    },
    keyProviderInformation: { name: 'KMS key ARN', about: 'The KMS key to call `Decrypt` with:' },
    encryptedDataKeyLength: {
      name: 'Encrypted data key length',
      about: 'Length of the encrypted data key.',
    },
    encryptedDataKey: {
      name: 'Encrypted data key',
      about: 'The ciphertext blob from `GenerateDataKey`: only KMS can decrypt it.',
    },
    contentType: { name: 'Content type', about: '0x02: framed.' },
    frameLength: { name: 'Frame length', about: 'Bytes of data per frame.' },
    algorithmSuiteData: {
      name: 'Commitment key',
      about: 'Commits the envelope to this data key: another key cannot decrypt it.',
    },
    headerAuthenticationTag: {
      name: 'Header tag',
      about: 'Authenticates the whole header, including the encryption context.',
    },
    type: { name: 'Type', about: '0x80: customer authenticated encrypted data (message format 1.0 only).' },
    reserved: { name: 'Reserved', about: 'Four zero bytes (message format 1.0 only).' },
    ivLength: {
      name: 'IV length',
      about: 'Bytes of every IV in this message: 12 (message format 1.0 only).',
    },
    headerIv: {
      name: 'Header IV',
      about: 'IV of the header tag. Format 1.0 stores it; format 2.0 always uses zeros.',
    },
    signatureLength: { name: 'Signature length', about: 'Bytes of the signature that follows.' },
    signature: {
      name: 'Signature',
      about:
        'ECDSA signature (DER) over the header and body. Anyone can verify it with `aws-crypto-public-key` from the encryption context; only the holder of the private key, discarded after encryption, could make it.',
    },
    sequenceNumberEnd: { name: 'Final frame marker', about: '0xFFFFFFFF: this is the last frame.' },
    sequenceNumber: {
      name: 'Sequence number',
      about: 'Frame order; frames cannot be reordered or dropped.',
    },
    iv: { name: 'IV', about: 'This frame’s AES-GCM initialisation vector.' },
    encryptedContentLength: { name: 'Content length', about: 'Bytes of data in the final frame.' },
    encryptedContent: { name: 'Encrypted data', about: 'The data, encrypted with the derived key.' },
    authenticationTag: {
      name: 'Tag',
      about: 'This frame’s AES-GCM tag: any change to it fails decryption.',
    },
  },
  decrypt: {
    kmsTitle: '1. `Decrypt` API: KMS decrypts the data key',
    contextCaption: 'Encryption context sent to KMS (read from the envelope header)',
    dataKey: 'Plaintext data key returned',
    kmsNote:
      'The ciphertext blob names its own KMS key and backing key; the context must be exactly the one used at `GenerateDataKey`. The plaintext data key is discarded again as soon as the message key is derived.',
    stoppedKms: 'The flow stopped here, at KMS',
    dataTitle: '2. The plaintext data key decrypts the data',
    notReached: 'Not reached: without the data key, nothing can be decrypted.',
    stoppedData: 'The flow stopped here, while decrypting the data',
    commitment: 'Key commitment verified: this is the data key of this envelope.',
    header: 'Header tag verified: header and encryption context are unchanged.',
    frames: 'All {count} frame tags verified before any data was released.',
    ciphertextLabel: 'Encrypted content bytes',
    plaintextLabel: 'Decrypted bytes',
    original: 'The original data',
  },
  error: {
    title: 'The step failed',
    emptyMessage: '(AWS returns this exception with an empty message.)',
    scenario: 'The scenario asked for something that does not exist at this step.',
  },
  why: {
    title: 'Why envelope encryption?',
    lead: 'KMS `Encrypt` accepts at most 4,096 bytes of plaintext. Try it with more, then do it the envelope way.',
    text: 'Data (already over the limit)',
    sampleLine: 'KMS can encrypt at most 4 KB directly, so large data needs envelope encryption.\n',
    directTitle: 'Try 1: `Encrypt` the data directly with KMS',
    directLead: 'This sends all {count} {count|one=byte|other=bytes} to KMS (limit: {limit}).',
    directButton: 'Call `Encrypt`',
    attempt: 'Result of step {step}',
    directOk: 'KMS encrypted it: it fits within the 4,096-byte limit. Add text to go over it.',
    directFailed: 'KMS refused, exactly as AWS does',
    envelopeTitle: 'Try 2: the envelope way',
    envelopeLead:
      'KMS only generates and protects a 32-byte data key; the data is encrypted here, whatever its size.',
    envelopeButton: 'Encrypt with a data key (adds the steps)',
    note: 'The same limit applies to the data itself in every KMS call, which is also why services such as S3 and EBS use envelope encryption.',
  },
  outcome: {
    InvalidCiphertextException: 'KMS `Decrypt` fails: `InvalidCiphertextException`',
    DisabledException: 'KMS `Decrypt` fails: `DisabledException`',
    AccessDeniedException: 'KMS `Decrypt` fails: `AccessDeniedException`',
    'header-auth-failed': 'KMS succeeds, but the header tag does not verify',
    'frame-auth-failed': 'KMS succeeds, but a frame tag does not verify',
    success: 'It still decrypts',
    other: 'Another failure',
  },
  tamper: {
    title: 'Tamper lab',
    lead: 'Change one thing in `{object}` or its key, predict what decrypting it will do, then see where the flow really stops.',
    nothingStored:
      'There is no stored envelope at this step. Encrypt and store one first (Encrypt and decrypt tab).',
    fileOnly:
      'The envelopes so far are files’: those are downloads, not objects in the simulated bucket. To see a tampered file fail, change a byte of the downloaded envelope and decrypt it under Large files.',
    alreadyTampered:
      'At this step the envelope has been changed {count} {count|one=time|other=times}. Each experiment first stores the original envelope again, so it starts clean.',
    chooseCase: '1. What to change',
    case: {
      edk: 'A bit of the encrypted data key',
      data: 'A bit of the encrypted data',
      iv: 'A bit of the IV',
      tag: 'A bit of the tag',
      context: 'The encryption context',
      disable: 'Disable the KMS key',
    },
    part: {
      edk: 'encrypted data key',
      data: 'encrypted data of frame 1',
      iv: 'IV of frame 1',
      tag: 'tag of frame 1',
    },
    bit: 'Bit to flip in the {part}',
    bits: '0 to {max}',
    keyAlreadyDisabled:
      'At this step the key is disabled. Each experiment first enables it again, so it starts from a usable key.',
    startedClean: {
      enable:
        'Before the change, this experiment enabled the key again (an earlier experiment had disabled it).',
      restore:
        'Before the change, this experiment stored the original envelope again (an earlier experiment had changed it).',
    },
    predict: '2. Predict: what will decrypting do?',
    predictFirst: 'Choose a prediction first.',
    apply: 'Make the change and decrypt',
    right: 'Your prediction was right',
    wrong: 'Not what you predicted',
    youPredicted: 'You predicted',
    actually: 'What happened',
    restore: 'Store the original envelope again',
    enable: 'Enable the key again',
    flipped: 'Byte {offset} changed from `0x{before}` to `0x{after}` (flagged below).',
    rewritten:
      'The encryption context in the header was rewritten ({count} {count|one=byte|other=bytes} from offset {offset}).',
    layoutLabel: 'Tampered envelope byte map',
    why: {
      edk: 'The encrypted data key is a KMS ciphertext blob: its tag covers every byte, so KMS refuses it with `InvalidCiphertextException` (a bit in its key ID would name another key instead). Nothing is decrypted.',
      data: 'KMS returns the data key, but the frame’s AES-GCM tag no longer matches: the SDK releases no byte of the frame.',
      iv: 'A different IV gives a different keystream and tag check: the frame is rejected, not decrypted wrongly.',
      tag: 'The tag itself was changed, so it cannot verify: the frame is rejected.',
      context:
        'The reader sends the (changed) context from the header to KMS; the data key was encrypted under the original one, so KMS answers `InvalidCiphertextException` with an empty message.',
      disable:
        'Nothing in the envelope changed, but KMS will not use a disabled key: `DisabledException`. Enabling the key makes the same envelope decrypt again.',
    },
  },
  threats: {
    title: 'Threat lens',
    lead: 'Choose what an attacker obtained. The table shows which values of this flow they could read.',
    obtained: 'The attacker obtained',
    loot: {
      envelope: 'The stored envelope',
      memoryBefore: 'Application memory before the discard',
      memoryAfter: 'Application memory after the discard',
      trail: 'The CloudTrail log',
    },
    caption: 'What becomes readable (values of the flow at step {step})',
    value: 'Value',
    readable: 'Readable?',
    what: 'What the attacker sees',
    secret: {
      data: 'The data (plaintext)',
      dataKey: 'Plaintext data key',
      encryptedDataKey: 'Encrypted data key',
      encryptionContext: 'Encryption context',
      keyArn: 'KMS key ARN',
      backingKey: 'The KMS key’s backing key',
    },
    yes: 'Readable, from: {via}',
    public: 'Readable from {via}: not a secret by design',
    no: 'Protected',
    hidden: 'Not readable',
    notYet: '(not produced yet at this step)',
    backingKey: 'Never: it does not leave KMS’s hardware security modules.',
    lifetimeTitle: 'How long the plaintext data key existed',
    generated: 'Generated at step {step} (`{time}`).',
    discarded:
      'Discarded at step {step} (`{time}`): it lived for {steps} {steps|one=step|other=steps} and {seconds} {seconds|one=second|other=seconds} of simulated time.',
    neverDiscarded: 'It has not been discarded yet: it is still in memory.',
    lifetimeNote:
      'The shorter this window, the less a memory dump can reveal. Steps in this simulation take no time unless the clock is advanced.',
  },
  inspect: {
    title: 'Inspect an AWS Encryption SDK message',
    lead: 'Choose or drop a file made by the AWS Encryption CLI, an AWS Encryption SDK or this studio. Its header, frames and footer are read here without any key; only the start and the end of the file are read, so a large file opens at once.',
    choose: 'Choose a message file',
    drop: 'or drop it here',
    reading: 'Reading {name}…',
    failed: '{name} cannot be read as an AWS Encryption SDK message',
    version: 'Message format',
    versionValue: '{version}.0',
    suite: 'Algorithm suite',
    messageId: 'Message ID',
    contentType: 'Content type',
    framed: 'Framed (`0x02`)',
    frameLength: 'Frame length',
    ivLength: 'IV length',
    bytesValue: '{bytes} {bytes|one=byte|other=bytes}',
    header: 'Header',
    size: 'File size',
    frames: 'Frames',
    framesValue: '{count}; the final frame holds {bytes} {bytes|one=byte|other=bytes}, at byte {offset}',
    footer: 'Footer',
    footerValue: 'ECDSA signature of {bytes} {bytes|one=byte|other=bytes}, at byte {offset}',
    noFooter: 'None: this suite does not sign',
    contextCaption: 'Encryption context (from the header)',
    edks: 'Encrypted data keys ({count})',
    provider: 'Key provider ID',
    providerInfo: 'Key provider information (the KMS key ARN)',
    edkBytes: 'Encrypted data key',
    signed:
      'Signed suite: the footer holds an ECDSA signature over the header and body, checked with the public key in the encryption context (`aws-crypto-public-key`). `0x0578` is the default suite of current AWS Encryption SDKs.',
    legacy:
      'Message format 1.0: no key commitment. The AWS Encryption SDK’s default commitment policy, `REQUIRE_ENCRYPT_REQUIRE_DECRYPT`, refuses to decrypt it; `REQUIRE_ENCRYPT_ALLOW_DECRYPT` allows it. KMS Lab reads it.',
    headCaption: 'Start of the file: {count} of {size} {size|one=byte|other=bytes}',
    headLabel: 'Bytes at the start of the message',
    between:
      'The frames in between are not read: every regular frame is {bytes} {bytes|one=byte|other=bytes}.',
    footerCaption:
      'Footer: the last {count} {count|one=byte|other=bytes} (offsets count from the footer’s first byte, byte {offset} of the file)',
    footerLabel: 'Bytes of the footer',
    decrypt: 'Decrypt with {key}',
    decryptHelp:
      'Adds a KMS `Decrypt` step for the encrypted data key; the worker then decrypts the file on the Large files tab.',
    noKey:
      'Its KMS key {arn} is not in this scenario, so it cannot be decrypted here: a real AWS KMS key never leaves AWS.',
    noKmsEdk:
      'No encrypted data key of provider `aws-kms`: another keyring (raw AES or RSA) encrypted this message.',
  },
  files: {
    title: 'Large files',
    lead: 'Encrypt a file of any size in a Web Worker, in 1 MiB frames, without freezing the page. Download the envelope and decrypt it back, here or in another tab opened from the scenario link.',
    private:
      'Your file never leaves this browser. The scenario records only its name, size and SHA-256, never its bytes.',
    encryptTitle: 'Encrypt a file',
    choose: 'Choose a file…',
    drop: 'or drop it here',
    decryptTitle: 'Decrypt an envelope file',
    decryptLead:
      'Choose an envelope downloaded from KMS Lab. Its data key is decrypted by the KMS of this scenario, so open the scenario’s link first.',
    chooseEnvelope: 'Choose an envelope…',
    running: {
      encrypt: 'Encrypting “{name}”',
      decrypt: 'Decrypting “{name}”',
    },
    progressLabel: 'Progress',
    progress: '{done} of {total} ({percent}%) · {rate} MB/s',
    hashing: 'SHA-256 fingerprint: {done} read',
    cancel: 'Cancel',
    done: {
      encrypt: 'Encrypted “{name}”',
      decrypt: 'Decrypted “{name}”',
    },
    size: 'Size',
    sizeValue: '{size} ({bytes} {bytes|one=byte|other=bytes})',
    speed: 'Time',
    speedValue: '{seconds} s, {rate} MB/s, {frames} {frames|one=frame|other=frames}, {provider}',
    recorded: 'Recorded in the scenario at step {step}: name, size and SHA-256 only.',
    downloadEnvelope: 'Download the envelope ({name})',
    decryptBack: 'Decrypt it back',
    matches:
      'The SHA-256 matches the file recorded at step {step}: the decrypted bytes are the original ones.',
    noMatch: 'No file with this SHA-256 is recorded in this scenario.',
    downloadPlain: 'Download the decrypted file ({name})',
    failed: {
      encrypt: 'The file could not be encrypted',
      decrypt: 'The envelope could not be decrypted',
    },
    cancelled: {
      encrypt: 'Cancelled. The plaintext data key was discarded (a step was added).',
      decrypt: 'Cancelled. Nothing was released.',
    },
    browserStorage:
      'The browser refused to read file data it keeps for this page. In a private window (and in test browsers) Chromium holds the files a page makes, such as this envelope and a decrypted copy, in memory only, and refuses more beyond a limit: here, two files of 1 GiB were too many. Decrypt the downloaded envelope in a new tab opened from the scenario link, or use a regular window, where Chromium moves large files to disk. Nothing was released and your work is kept.',
    browserStorageFull:
      'The browser has no room left to store this output: the studio writes large outputs to the site’s private storage on disk (the origin private file system), and the disk or the site’s share of it is full. Free some disk space, or clear this site’s stored data, and try again. Nothing was released and your work is kept.',
    replayNote:
      'Replaying a file step needs the file itself, which links never carry: in a new tab or after a reload, a file step asks you to choose the same file again (its SHA-256 is checked), while the encrypted data key and KMS work either way. Frames are `{frame}` each.',
    stepTitle: 'Step {step}: the file’s envelope',
    again: {
      title: 'Choose the file again',
      lead: 'This session does not have “{name}” ({size}). Choose the same file again to replay this step: its SHA-256 is checked, and the file never leaves this browser.',
      choose: 'Choose “{name}” again…',
      hashing: 'Checking the SHA-256: {done} of {total} read',
      encrypting: 'Encrypting it again in the worker: {done} of {total}',
      mismatch:
        'That is not the file of this step, so nothing changed: “{name}” ({size}) has SHA-256 `{got}`; the step recorded `{want}` ({expected}).',
      unreadable: 'The file could not be read ({message}), so nothing changed.',
    },
  },
});
