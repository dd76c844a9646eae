import { defineMessages } from './define';

/** The cost section: the scenario's KMS bill, per key, per month, compared with the other kinds of key. */
export const cost = defineMessages({
  title: 'What this scenario would cost',
  lead: 'A live bill from the simulated KMS for the scenario up to the step on screen: the monthly fee of each key, the rotation surcharge, and request charges after the free tier. Every KMS request in CloudTrail is counted here. Calls made in any section and the player’s steps change it.',
  loading: 'Working out the bill…',
  idle: 'The step on screen is not a KMS call. The bill below covers every step up to it; the player moves through them.',
  parts: {
    keyFeesUsd: 'Key fees',
    rotationFeesUsd: 'Rotation surcharges',
    requestFeesUsd: 'Request charges',
  },
  total: {
    title: 'Bill from {from} to {to}',
    caption: 'Bill totals',
    requests: '{requests} {requests|one=request|other=requests}: {free} in the free tier, {billable} charged',
    sum: 'Total',
    noTime:
      'No simulated time has passed yet, so no key fee has accrued: fees accrue by the hour. The requests so far are counted, and the first {free} a month are free.',
    clockLink: 'Move the simulated clock forward in Rotation (Time travel)',
  },
  kinds: {
    customer: 'Customer managed key',
    awsManaged: 'AWS managed key',
    awsOwned: 'AWS owned key',
  },
  keys: {
    title: 'Per key',
    key: 'Key',
    kind: 'Kind',
    hours: 'Billed hours',
    requests: 'Requests naming it',
    empty: 'No KMS key exists yet at this step.',
    note: {
      deleted: 'Deleted: not billed from the moment its deletion was scheduled.',
      pending: 'Pending deletion: not billed while it waits, if it is then deleted.',
      cancelled: 'Deletion cancelled: billed as though it was never scheduled.',
    },
  },
  chart: {
    heading: 'Cost over time',
    title: 'Monthly KMS cost and running total',
    desc: '{months} {months|one=month|other=months}; running total {total}.',
    cumulative: 'Running total',
    showTable: 'Show the numbers by month',
    tableCaption: 'Cost by month',
    month: 'Month',
  },
  compare: {
    title: 'The same usage with other kinds of key',
    kind: 'Kind of key',
    cost: 'Cost',
    why: 'Why',
    customer:
      'What this scenario costs: $1 a month per key (prorated by the hour), the rotation surcharge, and requests beyond the free tier.',
    awsManaged:
      'No monthly fee and no rotation surcharge, but the same requests are charged. You cannot call it directly: only the service that owns it can use it.',
    awsOwned:
      'Nothing: AWS owned keys are free to you and invisible to you (no policy, no CloudTrail, no control).',
  },
  honest: {
    title: 'How sure these figures are',
    prices:
      'Prices as published on the AWS KMS pricing page: $1 a month per customer managed key, $0.03 per 10,000 requests after {free} free requests a month across all Regions.',
    rotation:
      'The rotation surcharge follows the April 2024 change (the first and second rotations add $1 a month each, later ones are free). The exact wording of that change could not be checked against a stored copy of the pricing page.',
    requests:
      'Every request counts, allowed or refused: AWS publishes no list of free operations. Requests that use an asymmetric key, and `GenerateDataKeyPair`, are outside the free tier and priced per 10,000: $0.03 (`RSA_2048`), $0.15 (other asymmetric keys), $0.10 (ECC key pairs), $12.00 (RSA key pairs).',
    deletion:
      'A key pending deletion is not billed if it is then deleted; cancelling bills the wait as though deletion was never scheduled.',
    source: 'Source: `https://aws.amazon.com/kms/pricing/` and the KMS Lab behaviour reference §1.',
  },
});
