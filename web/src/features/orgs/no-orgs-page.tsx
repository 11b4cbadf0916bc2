import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title';

export function NoOrgsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle documentTitle={t('home.title')}>{t('home.title')}</PageTitle>
      <Text>{t('home.noOrgs')}</Text>
    </>
  );
}
