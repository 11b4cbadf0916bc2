import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../orgs/permissions';

/** Incidents, policies and the årshjul of the organisation, as far as the user's roles reach. */
export function OrgComplianceNavItems({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const permissions = usePermissions(orgId);
  return (
    <>
      <li>
        <Link to="/o/$orgId/report-incident" params={{ orgId }} className="nav-link">
          {t('complianceNav.reportIncident')}
        </Link>
      </li>
      {permissions.has('incidents.read') ? (
        <li>
          <Link to="/o/$orgId/incidents" params={{ orgId }} className="nav-link">
            {t('complianceNav.incidents')}
          </Link>
        </li>
      ) : null}
      {permissions.has('documents.read') ? (
        <li>
          <Link to="/o/$orgId/documents" params={{ orgId }} className="nav-link">
            {t('complianceNav.documents')}
          </Link>
        </li>
      ) : null}
      {permissions.has('annual_cycle.read') ? (
        <li>
          <Link to="/o/$orgId/annual-cycle" params={{ orgId }} className="nav-link">
            {t('complianceNav.annualCycle')}
          </Link>
        </li>
      ) : null}
    </>
  );
}

/** What every member has, across organisations: their incident reports and documents to read. */
export function MyComplianceNavItems() {
  const { t } = useTranslation();
  return (
    <>
      <li>
        <Link to="/my-incident-reports" className="nav-link">
          {t('complianceNav.myReports')}
        </Link>
      </li>
      <li>
        <Link to="/my-documents" className="nav-link">
          {t('complianceNav.myDocuments')}
        </Link>
      </li>
    </>
  );
}
