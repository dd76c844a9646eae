import { afterEach, describe, expect, it, vi } from 'vitest';
import { languages } from '../../i18n/define';
import { AHEAD_OF_LINK_KEY, AUTOSAVE_KEY } from '../../scenario/autosaveKey';
import { memoryStorage } from '../../scenario/memoryStorage.fixture';
import { createReplayer } from '../../scenario/replay';
import { createScenario } from '../../scenario/schema';
import { FIRST_VISIT_TEMPLATE, templateScenario } from '../../scenario/templates';
import { decodeView } from '../../scenario/viewCodec';
import { encodedFirstPicture } from './drawFirstPicture';
import { type FirstPicture, opensFirstPicture, showsScenario } from './firstPicture';
import { drawScene } from './picture';
import { firstPictureModules } from './vitePlugin';

describe('the first picture the build draws', () => {
  it.each(languages)(
    'is, in %s, the view and scene the page’s replay gives a first visit, byte for byte',
    async (lang) => {
      const picture = decodeView(await encodedFirstPicture(lang)) as FirstPicture;
      const scenario = templateScenario(FIRST_VISIT_TEMPLATE, lang);
      const cursor = scenario.steps.length - 1;
      // The page's own path: a replayer of the scenario, the view under the cursor, the stage's scene of it.
      const replayer = createReplayer(scenario);
      const view = await replayer.goTo(cursor);
      const scene = await drawScene(view, {
        history: (i) => replayer.history(i),
        viewAt: (i) => replayer.goTo(i),
      });
      expect(picture.scenario).toEqual(scenario);
      expect(picture.cursor).toBe(cursor);
      expect(picture.view).toEqual(view);
      expect(picture.scene).toEqual(scene);
      expect(showsScenario(picture, scenario, cursor)).toBe(true);
    },
  );

  it('stands only for the scenario and step it shows', async () => {
    const picture = decodeView(await encodedFirstPicture('en')) as FirstPicture;
    const scenario = templateScenario(FIRST_VISIT_TEMPLATE, 'en');
    expect(showsScenario(picture, scenario, picture.cursor - 1)).toBe(false);
    expect(showsScenario(picture, templateScenario(FIRST_VISIT_TEMPLATE, 'ja'), picture.cursor)).toBe(false);
    expect(showsScenario(picture, { ...scenario, seed: 'mine' }, picture.cursor)).toBe(false);
  });

  it('is what the build serves as `virtual:kms-lab/first-picture/<lang>`', async () => {
    const plugin = firstPictureModules();
    const resolve = plugin.resolveId as (id: string) => string | undefined;
    const load = plugin.load as (id: string) => Promise<string | undefined>;
    const id = resolve('virtual:kms-lab/first-picture/ja');
    expect(id).toBeDefined();
    const module = await load(id as string);
    expect(module).toBe(`export default ${JSON.stringify(await encodedFirstPicture('ja'))};`);
    await expect(load('\0virtual:kms-lab/first-picture/xx')).rejects.toThrow('no language xx');
    expect(resolve('./picture')).toBeUndefined();
  }, 30_000);
});

describe('whether the start-up opens the first picture', () => {
  afterEach(() => vi.unstubAllGlobals());
  const page = (hash: string, saved?: string, note?: string) => {
    const local = memoryStorage();
    const tab = memoryStorage();
    if (saved !== undefined) local.setItem(AUTOSAVE_KEY, saved);
    if (note !== undefined) tab.setItem(AHEAD_OF_LINK_KEY, note);
    vi.stubGlobal('window', { location: { hash } });
    vi.stubGlobal('localStorage', local);
    vi.stubGlobal('sessionStorage', tab);
  };
  const template = templateScenario(FIRST_VISIT_TEMPLATE, 'ja');

  it('does on a first visit, and when the template is saved unchanged in the learner’s language', () => {
    page('#view=envelope');
    expect(opensFirstPicture(template)).toBe(true);
    page('#view=keys', JSON.stringify(template));
    expect(opensFirstPicture(template)).toBe(true);
  });

  it('does not with a link, the learner’s own work, the other language’s template or a reload’s note', () => {
    page('#view=envelope&v=1&s=abc');
    expect(opensFirstPicture(template)).toBe(false);
    page('#view=envelope', JSON.stringify({ ...template, steps: template.steps.slice(1) }));
    expect(opensFirstPicture(template)).toBe(false);
    page('#view=envelope', JSON.stringify(templateScenario(FIRST_VISIT_TEMPLATE, 'en')));
    expect(opensFirstPicture(template)).toBe(false);
    page('#view=envelope', JSON.stringify(createScenario('mine')));
    expect(opensFirstPicture(template)).toBe(false);
    page('#view=envelope', JSON.stringify(template), JSON.stringify({ links: [], cursor: 2 }));
    expect(opensFirstPicture(template)).toBe(false);
  });
});
