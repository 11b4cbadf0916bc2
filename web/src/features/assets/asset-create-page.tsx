import { Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCreateAsset } from '../../api/assets';
import { isStatus } from '../../api/errors';
import { PageTitle } from '../../components/page-title';
import { NotFoundContent } from '../layout/not-found-page';
import { useOrgContext } from '../orgs/use-org-context';
import { AssetForm, bodyOf, valuesOf } from './asset-form';

export function AssetCreatePage({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { org, me } = useOrgContext(orgId);
  const create = useCreateAsset(orgId);

  if (isStatus(org.error, 403, 404)) return <NotFoundContent />;
  const orgName = org.data?.name ?? '';
  const title = orgName ? t('assets.createTitle', { org: orgName }) : t('assets.create');

  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <Stack gap="md" maw={900}>
        <Text>{t('assets.createIntro')}</Text>
        <AssetForm
          orgId={orgId}
          label={title}
          initial={valuesOf(null, me.id)}
          submitLabel={t('assets.createSubmit')}
          pending={create.isPending}
          error={create.error}
          onSubmit={(values) =>
            create.mutate(bodyOf(values), {
              onSuccess: (asset) =>
                void navigate({
                  to: '/o/$orgId/assets/$assetId',
                  params: { orgId, assetId: asset.id },
                  search: { created: true },
                }),
            })
          }
          onCancel={() => void navigate({ to: '/o/$orgId/assets', params: { orgId } })}
        />
      </Stack>
    </>
  );
}
