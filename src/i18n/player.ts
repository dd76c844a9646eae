import { defineMessages } from './define';

/**
 * The scenario player: controls, the one-line caption of what just happened (keyed by the caption codes the
 * step catalogue declares, src/scenario/steps), link problems and the "a link arrived while you have work"
 * question. Text in `backticks` is an API name or identifier.
 */
export const player = defineMessages({
  label: 'Scenario player',
  first: 'First step (Home)',
  prev: 'Previous step (←)',
  play: 'Play (Space)',
  pause: 'Pause (Space)',
  next: 'Next step (→)',
  last: 'Last step (End)',
  speed: 'Speed',
  options: 'Speed and sharing',
  scrubber: 'Step',
  chapters: 'Chapters',
  positionInChapter: '{position}, chapter “{chapter}”',
  position: 'Step {step} of {total}',
  loading: 'Replaying…',
  failedMarker: 'failed',
  replayError: 'Replaying this scenario hit a bug: {message}',
  share: 'Copy link',
  copied: 'Link copied: {length} {length|one=character|other=characters}.',
  copyFailed:
    'The browser did not allow copying. The link is in the address bar ({length} {length|one=character|other=characters}).',
  shareOpen: 'Share',
  shareDialog: {
    title: 'Share this step',
    body: 'The link holds the whole scenario and this step: whoever opens it sees the same keys, bytes and step.',
    linkLabel: 'Link to step {step} of {total}',
    qrLabel: 'QR code of the link to step {step} of {total}',
    qrHint:
      'Scan with a phone camera to open this step ({length} {length|one=character|other=characters}, QR version {version}).',
    qrTooLong:
      'This link is too long for a QR code ({length} {length|one=character|other=characters}). Share it with “Save as file” instead.',
    enlarge: 'Show the QR code large',
    shrink: 'Show the QR code small',
    close: 'Close',
  },
  exportFile: 'Save as file',
  importFile: 'Open a scenario file',
  linkLength: 'The share link is {length} {length|one=character|other=characters} long.',
  linkTooLong:
    'The share link is {length} {length|one=character|other=characters} long: chat and mail tools often cut links over {limit} {limit|one=character|other=characters}. To share this scenario, use “Save as file”.',
  cliEquivalent: 'This step as an AWS CLI command',
  cliShort: 'AWS CLI',
  captionMore: 'Whole caption',
  captionLess: 'Shorter caption',
  dismiss: 'Dismiss',
  downloadSaved: 'Download the saved work',
  saved: {
    'newer-version':
      'Your saved work was made by a newer version of KMS Lab. It is kept as it is, and this tab will not save over it: use “Save as file” to keep what you do here.',
    malformed:
      'Your saved work could not be read (it is damaged), so KMS Lab started afresh. The old save is kept aside: you can download it.',
    invalid:
      'Your saved work could not be used ({detail}), so KMS Lab started afresh. The old save is kept aside: you can download it.',
    'too-large':
      'Your saved work is too large to open safely, so KMS Lab started afresh. The old save is kept aside: you can download it.',
    'unsupported-format':
      'The saved data is not a KMS Lab scenario, so KMS Lab started afresh. It is kept aside: you can download it.',
  },
  storage: {
    'quota-exceeded':
      'This browser’s storage is full: your work is no longer saved automatically. Use “Save as file” to keep it.',
    'storage-unavailable':
      'This browser does not let KMS Lab save your work automatically. Use “Save as file” to keep it.',
  },
  stepBy: 'Called as {principal}',
  placement: {
    label: 'Acting on an earlier step adds after it; the steps that followed',
    keep: 'stay after the new ones',
    drop: 'are dropped',
  },
  range: { one: 'step {from}', many: 'steps {from}–{to}' },
  undo: 'Undo',
  undone: 'Undone: the scenario is back as it was.',
  inserted: {
    keep: 'Added {added} after step {step}. The steps that followed ({range}) stay after the added ones and replay with them.',
    drop: 'Added {added} after step {step}. The steps that followed were dropped ({range}).',
    checking: 'Replaying the steps that followed…',
    allOk: 'None of them fails.',
    nowFail: 'Now failing: {list}. Step back and forth to see why.',
    keepInstead: 'Keep them instead',
    dropInstead: 'Drop them instead',
  },
  started: {
    template:
      'Started a new scenario: “{name}”. Your previous scenario ({steps} {steps|one=step|other=steps}) can be restored with Undo until you change this one.',
    empty:
      'Started an empty scenario. Your previous scenario ({steps} {steps|one=step|other=steps}) can be restored with Undo until you change this one.',
    save: 'Save the previous one as a file',
  },
  newScenario: {
    button: 'New scenario…',
    title: 'Start a new scenario',
    body: 'Start from a built-in scenario or from an empty account. Your current scenario ({steps} {steps|one=step|other=steps}) is not lost at once: Undo brings it back, and you can save it as a file.',
    empty: 'Empty: no keys, no steps',
    cancel: 'Cancel',
  },
  template: {
    'envelope-basics': 'Envelope encryption, step by step',
    'why-envelope': 'Why envelope encryption (encrypting 5 KB directly fails)',
    rotation: 'Rotation keeps the old backing keys',
  },
  file: {
    'newer-version': 'This file was made by a newer version of KMS Lab. Your own work is unchanged.',
    malformed: 'This file is not valid JSON. Your own work is unchanged.',
    invalid: 'This file contains a scenario KMS Lab cannot use ({detail}). Your own work is unchanged.',
    'too-large': 'This file is too large to open safely. Your own work is unchanged.',
    'unsupported-format': 'This is not a KMS Lab scenario file. Your own work is unchanged.',
  },
  caption: {
    start:
      'Before the first step: account {account} in {region} has no KMS keys yet. The scenario’s {steps} {steps|one=step|other=steps} start from here: press Play (Space) or → to watch them.',
    startEmpty:
      'An empty scenario: account {account} in {region} has no KMS keys and no steps yet. What you do in any section (create a key, encrypt, …) becomes its steps.',
    note: '{text}',
    clockAdvance: 'The simulated clock moved forward {days} {days|one=day|other=days}.',
    iamPolicy: 'IAM policy `{policyName}` attached to `{principal}`.',
    kmsOk: '`{op}` succeeded.',
    kmsFailed: '`{op}` failed: `{errorName}` {message}',
    CreateKey: '`CreateKey` made a new KMS key, `{keyId}`, with fresh 256-bit key material.',
    CreateAlias: '`CreateAlias` pointed `{alias}` at the key.',
    GenerateDataKey:
      '`GenerateDataKey` returned a {bytes}-byte plaintext data key and the same key encrypted under `{keyId}`.',
    Encrypt:
      '`Encrypt` sealed {bytes} {bytes|one=byte|other=bytes} under `{keyId}` into a {blobBytes}-byte ciphertext blob.',
    Decrypt:
      '`Decrypt` found the key from the ciphertext blob itself and returned {bytes} {bytes|one=byte|other=bytes} of plaintext.',
    EnableKeyRotation:
      'Automatic rotation is on: a new backing key every {days} {days|one=day|other=days}; old ones are kept.',
    RotateKeyOnDemand:
      '`RotateKeyOnDemand` started a rotation now: new encryptions will use new key material.',
    ListKeyRotations: 'The key has been rotated {count} {count|one=time|other=times} so far.',
    DisableKey: 'The key is disabled: it cannot be used until it is enabled again.',
    EnableKey: 'The key is enabled again.',
    ScheduleKeyDeletion:
      'The key will be deleted on {date}. Until then it cannot be used, and deletion can be cancelled.',
    CancelKeyDeletion: 'Deletion cancelled. The key is now disabled: enable it to use it again.',
    envelopeEncryptText:
      'The client encrypted {length} {length|one=character|other=characters} with the plaintext data key (AES-256-GCM, {frames} {frames|one=frame|other=frames}).',
    envelopeEncryptFile:
      'The client encrypted the file `{name}` ({size} {size|one=byte|other=bytes}) with the plaintext data key.',
    envelopeDiscard: 'The plaintext data key was overwritten with zeros: only the encrypted copy remains.',
    wrapKeyMaterial:
      'The client made 32 bytes of key material and encrypted them with the wrapping public key of step `{parameters}` (`{algorithm}`).',
    envelopeStore:
      'The envelope (encrypted data key + encrypted data, {bytes} {bytes|one=byte|other=bytes}) was stored at `{object}`.',
    envelopeDecrypt:
      'KMS decrypted the data key, and the data key decrypted `{object}`: {length} {length|one=byte|other=bytes} are back.',
    envelopeDecryptKmsFailed: 'Decrypting `{object}` stopped at KMS: `{errorName}` {message}',
    envelopeDecryptFailed: 'Decrypting `{object}` stopped at {stage}: {reason}',
    tamperFlip: 'An attacker flipped bit {bit} of the {part} in `{object}`.',
    tamperContext: 'An attacker rewrote the encryption context stored in `{object}`.',
    iamPolicyFailed: 'IAM refused policy `{policyName}`: `{errorName}` {message}',
    envelopeEncryptFailed: 'The client could not encrypt: {reason}',
    tamperFailed: 'The tampering could not be applied to `{object}`: {reason}',
    RefUnresolved: 'This step needs `{ref}`, but that step did not produce it.',
    DataKeyUnavailable: 'Step {dataKey} did not give the client a plaintext data key to use.',
    DataKeyDiscarded:
      'The plaintext data key from step {dataKey} was already discarded (all zeros): it cannot be used again.',
    EnvelopeUnavailable: 'Step {envelope} did not produce an envelope to store.',
    NoSuchObject: 'Nothing is stored at `{object}`.',
    FileNotInScenario:
      'The file `{name}` ({size} {size|one=byte|other=bytes}) is not in the scenario: files never go into links. Choose the same file again to replay this step.',
    TamperOutOfRange: 'The {part} has {bits} {bits|one=bit|other=bits}, so bit {bit} cannot be flipped.',
  },
  stage: {
    input: 'input',
    header: 'header parsing',
    'data-key': 'KMS Decrypt of the data key',
    commitment: 'key commitment check',
    'header-auth': 'header authentication',
    body: 'data decryption',
    footer: 'signature verification',
  },
  part: {
    edk: 'encrypted data key',
    iv: 'IV of frame {frame}',
    tag: 'authentication tag of frame {frame}',
    data: 'encrypted data of frame {frame}',
    header: 'header',
    message: 'message',
  },
  envelopeError: {
    truncated: 'the envelope is cut short.',
    'trailing-bytes': 'extra bytes follow the last frame.',
    'bad-version':
      'the message format version is neither 1.0 nor 2.0: this is not an AWS Encryption SDK message.',
    'unknown-suite':
      'the algorithm suite is not one of the AWS Encryption SDK’s (or not one this lab writes).',
    malformed: 'a field of the envelope has an impossible value.',
    'invalid-input': 'the input is not usable (wrong key size or frame length).',
    'reserved-encryption-context-key': 'the encryption context uses the reserved prefix `aws-crypto-`.',
    'frame-length-exceeds-limit': 'the frame length is larger than this reader accepts.',
    'data-key-unavailable': 'no encrypted data key could be decrypted.',
    'commitment-mismatch': 'the data key does not match the key commitment in the header.',
    'header-auth-failed': 'the header authentication tag does not verify: the header was changed.',
    'encryption-context-mismatch': 'the encryption context is not the expected one.',
    'frame-auth-failed':
      'the authentication tag of frame {frame} does not verify: nothing of it is released.',
    'frame-out-of-order': 'frame {frame} is out of order.',
    'signature-invalid':
      'the ECDSA signature in the footer does not verify: the message was changed after it was signed.',
    'discarded-data-key': 'the plaintext data key was already discarded.',
    aborted: 'it was cancelled.',
  },
  link: {
    'newer-version': 'This link was made by a newer version of KMS Lab. Your own work is unchanged.',
    malformed: 'This link is damaged (perhaps cut off when it was copied). Your own work is unchanged.',
    invalid: 'This link contains a scenario KMS Lab cannot use ({detail}). Your own work is unchanged.',
    'too-large': 'This link is too large to open safely. Your own work is unchanged.',
    'unsupported-format': 'This is not a KMS Lab scenario. Your own work is unchanged.',
  },
  opening: {
    title: 'Open the shared scenario?',
    body: 'You have your own scenario here ({steps} {steps|one=step|other=steps}). Opening the link replaces it in this browser.',
    'open-link': 'Open the link',
    'keep-mine': 'Keep my work',
    'save-mine-first': 'Save mine as a file first',
    file: {
      title: 'Open the scenario file?',
      body: 'You have your own scenario here ({steps} {steps|one=step|other=steps}). Opening the file replaces it in this browser.',
      'open-link': 'Open the file',
    },
  },
  present: 'Present',
  presentHint: 'Show only the diagram and the player, for a projector (the link keeps this: #present)',
  // The RSA key generation worker (src/ui/keys/KeyGenerationStatus.tsx), shown by the player and the CreateKey form.
  keyGeneration: {
    p: 'Generating the `{spec}` key pair in a background thread, so the page stays usable: looking for its first prime, p.',
    q: 'Generating the `{spec}` key pair in a background thread, so the page stays usable: p found, looking for its second prime, q.',
    candidates: '{count} {count|one=candidate|other=candidates} tested',
    seed: 'Its 32-byte seed comes from the scenario’s random generator, so this link makes the same key every time.',
  },
  // The callout any section shows under a denied call (src/ui/policy/DeniedCallout.tsx).
  denied: {
    title: 'Access denied',
    explain: 'Why was this denied, and what fixes it?',
  },
});
