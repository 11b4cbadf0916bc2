import { Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

let initialPage = true;

interface PageTitleProps {
  children: ReactNode;
  /** Text for the browser tab, before " – Skjold". */
  documentTitle: string;
}

/**
 * The page's single h1. Sets the document title, and after client-side navigation moves focus
 * to the heading so screen-reader and keyboard users start at the new page's content.
 */
export function PageTitle({ children, documentTitle }: PageTitleProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = t('app.pageTitle', { page: documentTitle });
  }, [documentTitle, t]);

  useEffect(() => {
    if (initialPage) {
      initialPage = false;
      return;
    }
    ref.current?.focus({ preventScroll: false });
  }, []);

  return (
    <Title order={1} ref={ref} tabIndex={-1} mb="md">
      {children}
    </Title>
  );
}
