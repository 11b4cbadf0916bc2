import { NativeSelect } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllOrgs } from '../../api/orgs';
import { flattenOrgTree, indentLabel } from '../orgs/org-tree';

/** Select of every organisation the user can see, indented by depth in the tree. */
export function OrgSwitcher({ orgId, id }: { orgId: string | undefined; id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const orgs = useAllOrgs();

  const data = useMemo(() => {
    const options = flattenOrgTree(orgs.data ?? []).map(({ org, depth }) => ({
      value: org.id,
      label: indentLabel(org.name, depth),
    }));
    const known = options.some((option) => option.value === orgId);
    if (!known) {
      options.unshift({
        value: '',
        label: orgs.isPending ? t('orgSwitcher.loading') : t('orgSwitcher.placeholder'),
      });
    }
    return options;
  }, [orgs.data, orgs.isPending, orgId, t]);

  const value = data.some((option) => option.value === orgId) ? (orgId ?? '') : '';

  return (
    <NativeSelect
      id={id}
      className="header-field"
      label={t('orgSwitcher.label')}
      data={data}
      value={value}
      disabled={orgs.isPending}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (next) void navigate({ to: '/o/$orgId', params: { orgId: next } });
      }}
    />
  );
}
