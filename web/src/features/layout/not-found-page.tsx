import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { ErrorAlert } from '../../components/error-alert';
import { PageTitle } from '../../components/page-title';
import { PublicLayout } from './public-layout';

export function NotFoundContent() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle documentTitle={t('errors.notFoundTitle')}>{t('errors.notFoundTitle')}</PageTitle>
      <Text mb="md">{t('errors.notFound')}</Text>
      <AnchorLink to="/">{t('errors.backHome')}</AnchorLink>
    </>
  );
}

export function NotFoundPage() {
  return (
    <PublicLayout>
      <NotFoundContent />
    </PublicLayout>
  );
}

export function RouteErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <PublicLayout>
      <PageTitle documentTitle={t('errors.title')}>{t('errors.title')}</PageTitle>
      <ErrorAlert error={error} />
      <Anchor href="/">{t('errors.backHome')}</Anchor>
    </PublicLayout>
  );
}
