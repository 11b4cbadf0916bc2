import { AppShell, Box, Burger, Group, Stack } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Link, Outlet, useParams, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuditAccess } from '../../api/audit';
import { useCurrentUser } from '../../api/me';
import { useAllOrgs } from '../../api/orgs';
import { LanguageSwitch } from '../../components/language-switch';
import { lastOrg, rememberOrg } from '../../lib/last-org';
import { defaultOrgId } from '../orgs/org-tree';
import { Brand, SkipLink } from './brand';
import { MyComplianceNavItems, OrgComplianceNavItems } from './compliance-nav-items';
import { MyTasksNavItem, OperationsNavItem, OrgIsmsNavItems } from './isms-nav-items';
import { OrgSwitcher } from './org-switcher';
import { UserMenu } from './user-menu';

/** The organisation in the URL, else the one the user last worked in, else their first. */
function useActiveOrgId(): string | undefined {
  const me = useCurrentUser();
  const orgs = useAllOrgs();
  const params = useParams({ strict: false });
  const fromUrl = 'orgId' in params && typeof params.orgId === 'string' ? params.orgId : undefined;

  useEffect(() => {
    if (fromUrl) rememberOrg(fromUrl);
  }, [fromUrl]);

  if (fromUrl) return fromUrl;
  const remembered = lastOrg();
  const visible = orgs.data ?? [];
  if (remembered && visible.some((org) => org.id === remembered)) return remembered;
  return defaultOrgId(me, visible);
}

function MainNav({ orgId }: { orgId: string | undefined }) {
  const { t } = useTranslation();
  const auditAccess = useAuditAccess(orgId);
  return (
    <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {orgId ? (
        <>
          <li>
            <Link to="/o/$orgId" params={{ orgId }} className="nav-link" activeOptions={{ exact: true }}>
              {t('nav.overview')}
            </Link>
          </li>
          <li>
            <Link to="/o/$orgId/admin" params={{ orgId }} className="nav-link">
              {t('nav.organisation')}
            </Link>
          </li>
          {auditAccess.data ? (
            <li>
              <Link to="/o/$orgId/audit" params={{ orgId }} className="nav-link">
                {t('nav.audit')}
              </Link>
            </li>
          ) : null}
          <OrgIsmsNavItems orgId={orgId} />
          <OrgComplianceNavItems orgId={orgId} />
        </>
      ) : null}
      <MyTasksNavItem />
      <MyComplianceNavItems />
      <li>
        <Link to="/profile" className="nav-link">
          {t('nav.profile')}
        </Link>
      </li>
      <OperationsNavItem />
    </Stack>
  );
}

/** The signed-in shell: header (product, organisation, language, user), navigation, main. */
export function AppLayout() {
  const { t } = useTranslation();
  const [navOpened, { toggle, close }] = useDisclosure(false);
  const isMobile = useMediaQuery('(max-width: 47.99em)') ?? false;
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const orgId = useActiveOrgId();

  // Close the mobile menu after every navigation.
  useEffect(() => {
    if (pathname) close();
  }, [pathname, close]);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
              aria-expanded={navOpened}
              aria-controls="app-navbar"
            />
            <Brand />
          </Group>
          <Group gap="md" wrap="nowrap">
            <Box visibleFrom="sm">
              <OrgSwitcher orgId={orgId} id="org-switcher-header" />
            </Box>
            <Box visibleFrom="sm">
              <LanguageSwitch />
            </Box>
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id="app-navbar" p="md" aria-label={t('nav.label')} inert={isMobile && !navOpened}>
        <Stack gap="md">
          <Box hiddenFrom="sm">
            <Stack gap="sm">
              <OrgSwitcher orgId={orgId} id="org-switcher-nav" />
              <LanguageSwitch />
            </Stack>
          </Box>
          <MainNav orgId={orgId} />
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Box maw={1200}>
          <Outlet />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
