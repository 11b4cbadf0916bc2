import { Button, Menu } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser, useSignOut } from '../../api/me';

function ChevronIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

export function UserMenu() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { signOut } = useSignOut();

  return (
    <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button
          variant="default"
          rightSection={<ChevronIcon />}
          aria-label={t('userMenu.label', { name: me.name })}
          maw={220}
        >
          {me.name}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void navigate({ to: '/profile' })}>{t('userMenu.profile')}</Menu.Item>
        <Menu.Item onClick={() => void signOut(false)}>{t('userMenu.logout')}</Menu.Item>
        <Menu.Item onClick={() => void signOut(true)}>{t('userMenu.logoutAll')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
