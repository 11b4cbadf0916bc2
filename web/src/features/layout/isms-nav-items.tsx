import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/me';
import { useAllOrgs } from '../../api/orgs';
import type { Role } from '../../api/types';
import { isInstanceAdmin } from '../operations/instance-admin';
import { effectiveRoles } from '../orgs/org-tree';

// Who reads what (the server's policy decides; the menu only leaves out what would be refused).
const ISMS_READERS: readonly Role[] = [
  'admin',
  'management',
  'security_officer',
  'dpo',
  'risk_owner',
  'contributor',
  'auditor',
];
const GOVERNANCE_READERS: readonly Role[] = [...ISMS_READERS, 'supervisor'];

/** The organisation's ISMS pages: tasks, assets, risks, heat map, SoA. */
export function OrgIsmsNavItems({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const orgs = useAllOrgs();
  const roles = useMemo(
    () => new Set(effectiveRoles(me, orgId, orgs.data ?? []).map((entry) => entry.role)),
    [me, orgId, orgs.data],
  );
  const reads = (readers: readonly Role[]) => readers.some((role) => roles.has(role));
  return (
    <>
      {reads(ISMS_READERS) ? (
        <li>
          <Link to="/o/$orgId/tasks" params={{ orgId }} className="nav-link">
            {t('ismsNav.tasks')}
          </Link>
        </li>
      ) : null}
      {reads(ISMS_READERS) ? (
        <li>
          <Link to="/o/$orgId/assets" params={{ orgId }} className="nav-link">
            {t('ismsNav.assets')}
          </Link>
        </li>
      ) : null}
      {reads(GOVERNANCE_READERS) ? (
        <>
          <li>
            <Link to="/o/$orgId/risks" params={{ orgId }} className="nav-link">
              {t('ismsNav.risks')}
            </Link>
          </li>
          <li>
            <Link to="/o/$orgId/heat-map" params={{ orgId }} className="nav-link">
              {t('ismsNav.heatMap')}
            </Link>
          </li>
          <li>
            <Link to="/o/$orgId/soa" params={{ orgId }} className="nav-link">
              {t('ismsNav.soa')}
            </Link>
          </li>
        </>
      ) : null}
    </>
  );
}

/** "My tasks" for everyone. */
export function MyTasksNavItem() {
  const { t } = useTranslation();
  return (
    <li>
      <Link to="/tasks" className="nav-link">
        {t('ismsNav.myTasks')}
      </Link>
    </li>
  );
}

/** The instance's operations page, for the sector's admins only. */
export function OperationsNavItem() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (!isInstanceAdmin(me)) return null;
  return (
    <li>
      <Link to="/operations" className="nav-link">
        {t('ismsNav.operations')}
      </Link>
    </li>
  );
}
