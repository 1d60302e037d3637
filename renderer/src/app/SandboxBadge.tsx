import { memo } from 'react';
import type { SandboxInfo } from '../../../shared/providers/sandboxes';

/** A sandbox's two-letter badge, in the colour its module gives it (memoised: it sits in every tab and list row). */
export const SandboxBadge = memo(function SandboxBadge({ info }: { readonly info: SandboxInfo }) {
  return (
    <span className="badge badge-sandbox" style={{ backgroundColor: info.badgeColor }} aria-hidden="true">
      {info.badge}
    </span>
  );
});
