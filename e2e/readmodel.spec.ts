import { expect, test } from '@playwright/test';
import { castSteps } from '../src/scenario/cast';
import { createScenario } from '../src/scenario/schema';
import type { Step } from '../src/scenario/steps/index';
import { axeCheck, type Lang, openScenario, type Theme, watchConsole } from './helpers/app';

/**
 * What the panels read from the store's one replay: key policies the cast can (or cannot) read, and a link that
 * carries an IAM policy IAM would refuse.
 */
const key = { $ref: 's1/KeyMetadata/Arn' };

/** A key whose policy allows only App's Encrypt: nobody may read it again (bypassing the lockout check). */
const lockedOut = createScenario('read-model-e2e', {}, [
  ...castSteps(),
  { id: 's1', kind: 'kms.call', op: 'CreateKey', request: { Description: 'locked out' } },
  {
    id: 's2',
    kind: 'kms.call',
    op: 'PutKeyPolicy',
    request: {
      KeyId: key,
      BypassPolicyLockoutSafetyCheck: true,
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::111122223333:role/App' },
            Action: 'kms:Encrypt',
            Resource: '*',
          },
        ],
      }),
    },
  },
] as Step[]);

/** A link whose IAM step names a Principal, which only resource policies may. */
const malformedIam = createScenario('read-model-e2e', {}, [
  ...castSteps(),
  {
    id: 's1',
    kind: 'iam.putPrincipalPolicy',
    principal: 'arn:aws:iam::111122223333:user/Dev',
    policyName: 'FromALink',
    policyDocument: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:user/Dev' },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    }),
  },
] as Step[]);

const UNREADABLE: Record<Lang, RegExp> = {
  en: /No principal of the cast may read this key policy/,
  ja: /登場人物の誰もこのキーポリシーを読めません/,
};
const KEY_POLICY_TAB: Record<Lang, string> = { en: 'Key policy', ja: 'キーポリシー' };

// Each language once and each theme once (pairwise): the language check does not depend on the theme, nor
// axe's contrast on the language, and the browser suite has a time budget (issue #15).
for (const [lang, theme] of [
  ['en', 'light'],
  ['ja', 'projector'],
] as const satisfies (readonly [Lang, Theme])[]) {
  const prefs = { lang, theme, motion: 'reduce' } as const;

  test(`a key policy nobody of the cast may read stays unknown; a step earlier it reads (${lang}, ${theme})`, async ({
    page,
  }, testInfo) => {
    const console = watchConsole(page);
    await openScenario(page, lockedOut, { view: 'policy', step: lockedOut.steps.length, ...prefs });
    await page.getByRole('tab', { name: KEY_POLICY_TAB[lang] }).click();
    await expect(page.getByText(UNREADABLE[lang])).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`unreadable-${lang}-${theme}.png`), fullPage: true });
    await axeCheck(page, `policy section, unreadable key policy (${lang}, ${theme})`, 'main');
    // One step back, before the PutKeyPolicy: the root user may read the default policy.
    await page.getByRole('button', { name: lang === 'en' ? /^Previous step/ : /^前のステップ/ }).click();
    await expect(page.getByText(UNREADABLE[lang])).toHaveCount(0);
    await expect(page.getByTestId('policy-document')).toContainText('"Version"');
    console.expectNone();
  });

  test(`a link carrying an IAM policy with a Principal shows IAM's MalformedPolicyDocument (${lang}, ${theme})`, async ({
    page,
  }, testInfo) => {
    const console = watchConsole(page);
    await openScenario(page, malformedIam, { view: 'policy', step: malformedIam.steps.length, ...prefs });
    const caption = page.getByTestId('player-caption');
    await expect(caption).toContainText('MalformedPolicyDocument');
    await expect(caption).toContainText('Policy document should not specify a principal.');
    await expect(caption).toContainText('FromALink');
    await caption.screenshot({ path: testInfo.outputPath(`malformed-iam-${lang}-${theme}.png`) });
    console.expectNone();
  });
}
