import type { ProfileEnvironment } from '../../../../shared/profiles/schema';
import { environmentLabels } from './profile-form';

/** The environment colour shown wherever a profile is active: live red, test amber, demo green. */
export function EnvironmentDot({
  environment,
  decorative = false,
}: {
  readonly environment: ProfileEnvironment;
  readonly decorative?: boolean;
}) {
  // Decorative where the environment is also written out beside the dot (lists, radio labels).
  if (decorative) return <span className={`env-dot env-${environment}`} aria-hidden="true" />;
  return (
    <span
      className={`env-dot env-${environment}`}
      role="img"
      aria-label={`${environmentLabels[environment]} environment`}
      title={environmentLabels[environment]}
    />
  );
}
