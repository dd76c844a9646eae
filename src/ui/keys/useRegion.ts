import { updateFragment, useFragmentParam } from '../../state/location';
import { useScenario } from '../../state/scenario';

/**
 * The Region the keys and rotation views look at and call (`#region=` in the URL, so a shared link opens in the
 * same Region); the scenario's own Region when none is chosen.
 */
export function useRegion(): [string, (region: string) => void] {
  const home = useScenario((s) => s.scenario.settings.region);
  const chosen = useFragmentParam('region');
  return [
    chosen ?? home,
    (region) => updateFragment({ region: region === home ? null : region }, { replace: true }),
  ];
}
