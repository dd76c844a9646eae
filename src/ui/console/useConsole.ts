import { useStore } from 'zustand';
import { t } from '../../i18n';
import { actorStore } from '../../state/actor';
import { preferencesStore } from '../../state/preferences';
import { scenarioStore } from '../../state/scenario';
import { browserStorage } from '../../state/webStorage';
import { type ConsoleState, createConsoleStore } from './consoleStore';

/** The page's console session: records into the page's scenario, `default` signs as the acting principal. */
export const consoleStore = createConsoleStore({
  scenario: scenarioStore,
  actingAs: () => actorStore.getState(),
  storage: browserStorage(),
  shellHelp: () => t(preferencesStore.getState().lang, 'console.shellHelp'),
});

export function useConsole<T>(selector: (state: ConsoleState) => T): T {
  return useStore(consoleStore, selector);
}
