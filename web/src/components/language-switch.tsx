import { Button, Group, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../api/types';
import { currentLanguage, setLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const active = currentLanguage();
  return (
    <fieldset className="lang-switch">
      <VisuallyHidden component="legend">{t('language.switchLabel')}</VisuallyHidden>
      <Group gap={4} wrap="nowrap">
        {LOCALES.map((locale) => (
          <Button
            key={locale}
            size="compact-sm"
            variant={locale === active ? 'filled' : 'default'}
            aria-pressed={locale === active}
            lang={locale}
            onClick={() => setLanguage(locale)}
          >
            {t(`language.${locale}`)}
          </Button>
        ))}
      </Group>
    </fieldset>
  );
}
