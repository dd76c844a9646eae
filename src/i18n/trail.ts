import { defineMessages } from './define';

/**
 * The CloudTrail panel (reference §9). Text in `backticks` is a CloudTrail field or an AWS name, shown as code.
 */
export const trail = defineMessages({
  title: 'CloudTrail: every use of a key, on the record',
  lead: 'KMS writes a CloudTrail record for every API request — allowed or refused, made by you or by an AWS service on your behalf. These are the records of this scenario up to the step the player shows, newest first.',
  loading: 'Reading the records…',
  empty:
    'No records yet. Every KMS request a step makes — yours, or a service’s on your behalf — appears here.',
  count: '{shown} of {total} {total|one=record|other=records}',
  list: 'CloudTrail records, newest first',
  thisStep: 'this step',
  failed: 'refused',
  via: 'via {service}',
  noKey: 'no key',
  filters: {
    legend: 'Filter the records',
    eventName: 'Event name',
    anyEvent: 'Any event',
    key: 'Key (ID, ARN or alias)',
    principal: 'Principal or service',
    outcome: 'Outcome',
    anyOutcome: 'Allowed and refused',
    succeeded: 'Allowed only',
    failed: 'Refused only',
    from: 'From (`UTC`)',
    to: 'To (`UTC`)',
    clear: 'Clear filters',
    noMatch: 'No record matches these filters. Your filters are kept; clear them to see every record.',
  },
  detail: {
    title: 'Record',
    none: 'Choose a record to see it as CloudTrail stores it.',
    copy: 'Copy the `JSON`',
    copied: 'Copied.',
    copyFailed: 'The browser did not allow copying: select the text instead.',
    step: 'Made by step {step}.',
    close: 'Close the record',
  },
  export: {
    button: 'Export (`JSON Lines`)',
    done: 'Saved {count} {count|one=record|other=records} as {file}.',
  },
  omitted: {
    title: 'What CloudTrail leaves out, and why',
    intro:
      'A record says who used which key, when, from where and with what encryption context — never the secrets themselves:',
    plaintext:
      'No plaintext: the `plaintext` you send to `Encrypt` and the `Plaintext` KMS returns are not logged.',
    dataKeys:
      'No data keys: neither the plaintext data key nor its encrypted copy from `GenerateDataKey` is in the record.',
    ciphertext:
      'No ciphertext: `CiphertextBlob` is dropped from the request; only its key appears, in `resources`.',
    response:
      '`responseElements` is `null` for cryptographic operations (and for reads); management operations such as `EnableKey` show only the key ARN.',
    context:
      'The encryption context is logged in clear in `requestParameters`: that is what makes it useful for audit — and why it must never hold secrets.',
    invokedBy:
      'A call an AWS service makes for you shows the service in `userIdentity.invokedBy`, `sourceIPAddress` and `userAgent`.',
    errors: 'A refused call is logged too, with `errorCode` and `errorMessage`.',
    owned: 'Use of an AWS owned key (S3’s `SSE-S3`, for example) is not in your trail at all.',
  },
  bench: {
    label: 'Benchmark: {count} synthetic records',
  },
});
