import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

function ShieldIcon() {
  return (
    <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path d="M16 2 4 6v9c0 7.5 5.1 13.4 12 15 6.9-1.6 12-7.5 12-15V6z" fill="#1864ab" />
      <path d="M16 6v20c-4.9-1.5-8-5.8-8-11V8.8z" fill="#fff" opacity=".85" />
    </svg>
  );
}

/** The product name, linking to the start page. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <Link to="/" className="brand" aria-label={t('app.home')}>
      <ShieldIcon />
      <span>{t('app.name')}</span>
    </Link>
  );
}

export function SkipLink() {
  const { t } = useTranslation();
  return (
    // A plain fragment link: the browser moves focus to <main id="main" tabindex="-1">.
    <a href="#main" className="skip-link">
      {t('app.skipToContent')}
    </a>
  );
}
