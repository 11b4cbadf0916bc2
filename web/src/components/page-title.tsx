import { Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

// Focus moves to the new page's heading only after the user has done something (so the first
// page of a visit, and redirects while it loads, leave focus where the browser put it).
let userHasInteracted = false;
const markInteraction = () => {
  userHasInteracted = true;
};
window.addEventListener('pointerdown', markInteraction, { capture: true, once: true });
window.addEventListener('keydown', markInteraction, { capture: true, once: true });

let lastFocusedPath: string | null = null;

interface PageTitleProps {
  children: ReactNode;
  /** Text for the browser tab, before " – Skjold". */
  documentTitle: string;
}

/**
 * The page's single h1. Sets the document title, and after client-side navigation to another
 * path moves focus to the heading, so screen-reader and keyboard users start at the new content.
 * Pages render it in the same place while loading and when loaded, so it is not remounted.
 */
export function PageTitle({ children, documentTitle }: PageTitleProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = t('app.pageTitle', { page: documentTitle });
  }, [documentTitle, t]);

  // On mount only: while navigating away, the old page re-renders with the new location first.
  useEffect(() => {
    const pathname = window.location.pathname;
    if (pathname === lastFocusedPath) return;
    lastFocusedPath = pathname;
    if (userHasInteracted) ref.current?.focus();
  }, []);

  return (
    <Title order={1} ref={ref} tabIndex={-1} mb="md">
      {children}
    </Title>
  );
}
