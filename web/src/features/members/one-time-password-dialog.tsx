import { Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface OneTimePasswordDialogProps {
  email: string;
  password: string | null;
  onClose: () => void;
}

/** Shows a new user's one-time password exactly once; it cannot be fetched again. */
export function OneTimePasswordDialog({ email, password, onClose }: OneTimePasswordDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={password !== null}
      onClose={onClose}
      title={t('members.otpTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text>{t('members.otpIntro', { email })}</Text>
        <div>
          <Text fw={600}>{t('members.otpLabel')}</Text>
          <Group gap="sm" mt={4}>
            <Code className="otp-value" data-testid="one-time-password">
              {password}
            </Code>
            <CopyButton value={password ?? ''}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'light' : 'default'}
                  color={copied ? 'green' : 'gray'}
                  onClick={copy}
                >
                  {copied ? t('members.copied') : t('members.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </div>
        <Text fw={600}>{t('members.otpHint')}</Text>
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('members.otpDone')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
