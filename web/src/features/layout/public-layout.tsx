import { Container, Group, type MantineSize } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../components/language-switch';
import { Brand, SkipLink } from './brand';

/** Layout for pages outside the login (login, not found). */
export function PublicLayout({ children, size = 'xs' }: { children: ReactNode; size?: MantineSize }) {
  return (
    <>
      <SkipLink />
      <header className="public-header">
        <Container size="lg" py="sm">
          <Group justify="space-between" wrap="nowrap">
            <Brand />
            <LanguageSwitch />
          </Group>
        </Container>
      </header>
      <main id="main" tabIndex={-1}>
        <Container size={size} py="xl">
          {children}
        </Container>
      </main>
    </>
  );
}
