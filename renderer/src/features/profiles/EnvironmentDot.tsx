import type { ProfileEnvironment } from '../../../../shared/profiles/schema';
import { environmentLabels } from './profile-form';

/** The environment colour shown wherever a profile is active: live red, test amber, demo green. */
export function EnvironmentDot({ environment }: { readonly environment: ProfileEnvironment }) {
  return <span className={`env-dot env-${environment}`} role="img" aria-label={`${environmentLabels[environment]} environment`} title={environmentLabels[environment]} />;
}
