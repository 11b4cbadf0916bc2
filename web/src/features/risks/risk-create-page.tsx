import { Fieldset, NativeSelect, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isStatus } from '../../api/errors';
import { THREAT_CATEGORIES, type Threat, useCreateRisk, useThreats } from '../../api/risks';
import { PageTitle } from '../../components/page-title';
import { QueryBoundary } from '../../components/query-boundary';
import { currentLanguage } from '../../i18n';
import { NotFoundContent } from '../layout/not-found-page';
import { hasRole } from '../orgs/org-tree';
import { useOrgContext } from '../orgs/use-org-context';
import { RiskForm, riskBodyOf, riskValuesOf } from './risk-form';

/** A new risk scenario, starting from a threat in the catalogue (or the organisation's own). */
export function RiskCreatePage({ orgId, threatId }: { orgId: string; threatId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { org, roles } = useOrgContext(orgId);
  const threats = useThreats(orgId);
  const create = useCreateRisk(orgId);
  const [chosen, setChosen] = useState(threatId ?? '');
  const lang = currentLanguage();

  const threat: Threat | undefined = threats.data?.items.find((item) => item.id === chosen);
  const grouped = useMemo(
    () =>
      THREAT_CATEGORIES.map((category) => ({
        group: t(`risks.threatCategories.${category}`),
        items: (threats.data?.items ?? [])
          .filter((item) => item.category === category)
          .map((item) => ({
            value: item.id,
            label:
              item.source === 'organisation'
                ? `${item.title[lang]} (${t('risks.ownThreat')})`
                : item.title[lang],
          })),
      })).filter((group) => group.items.length > 0),
    [threats.data, lang, t],
  );

  if (isStatus(org.error, 403, 404)) return <NotFoundContent />;
  const orgName = org.data?.name ?? '';
  const title = orgName ? t('risks.createTitle', { org: orgName }) : t('risks.create');
  // A contributor drafts; the security officer and risk owners put risks straight in the register.
  const draftOnly = !hasRole(roles, 'security_officer') && !hasRole(roles, 'risk_owner');

  const picker = (
    <Fieldset legend={t('risks.threatLegend')}>
      <QueryBoundary query={threats}>
        {() => (
          <Stack gap="xs">
            <NativeSelect
              label={t('risks.threat')}
              description={t('risks.threatHint')}
              name="threatId"
              value={chosen}
              data={[{ value: '', label: t('risks.chooseThreat') }, ...grouped]}
              onChange={(event) => setChosen(event.currentTarget.value)}
            />
            {threat?.description ? (
              <Text size="sm" data-testid="threat-description">
                {threat.description[lang]}
              </Text>
            ) : null}
            {threat ? (
              <Text size="sm">
                {t('risks.threatAffects', {
                  list: (['confidentiality', 'integrity', 'availability'] as const)
                    .filter((key) => threat.affects[key])
                    .map((key) => t(`risks.cia.${key}`))
                    .join(', '),
                })}
              </Text>
            ) : null}
          </Stack>
        )}
      </QueryBoundary>
    </Fieldset>
  );

  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <Stack gap="md" maw={900}>
        <Text>{t('risks.createIntro')}</Text>
        {draftOnly ? <Text>{t('risks.draftOnly')}</Text> : null}
        <RiskForm
          orgId={orgId}
          label={title}
          initial={riskValuesOf(null)}
          header={picker}
          suggestedTitle={threat ? threat.title[lang] : ''}
          submitLabel={t('risks.createSubmit')}
          pending={create.isPending}
          error={create.error}
          onSubmit={(values) =>
            create.mutate(
              {
                ...riskBodyOf(values),
                threatIds: chosen ? [chosen] : [],
                status: draftOnly ? 'draft' : 'open',
              },
              {
                onSuccess: (risk) =>
                  void navigate({
                    to: '/o/$orgId/risks/$riskId',
                    params: { orgId, riskId: risk.id },
                    search: { created: true },
                  }),
              },
            )
          }
          onCancel={() => void navigate({ to: '/o/$orgId/risks', params: { orgId } })}
        />
      </Stack>
    </>
  );
}
