import { Group } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/me';

/** Links between the parts of the profile: details and password, two-factor, API tokens. */
export function ProfileSectionsNav() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  // While the password must be changed (or two-factor set up), the other parts are closed.
  if (me.mustChangePassword || me.mfaEnrolmentRequired) return null;
  return (
    <nav aria-label={t('profileNav.label')} className="section-nav">
      <Group gap="xs" component="ul" className="section-nav-list">
        <li>
          <Link to="/profile" className="section-nav-link" activeOptions={{ exact: true }}>
            {t('profileNav.details')}
          </Link>
        </li>
        <li>
          <Link to="/profile/two-factor" className="section-nav-link">
            {t('profileNav.twoFactor')}
          </Link>
        </li>
        <li>
          <Link to="/profile/tokens" className="section-nav-link">
            {t('profileNav.tokens')}
          </Link>
        </li>
      </Group>
    </nav>
  );
}
