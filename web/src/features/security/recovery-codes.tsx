import { Alert, Button, Checkbox, CopyButton, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface RecoveryCodesProps {
  codes: readonly string[];
  email: string;
  onDone: () => void;
}

/** Saves a text file with the codes in this browser (no server round trip; the codes stay local). */
function saveAsTextFile(name: string, text: string): void {
  const href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** The ten recovery codes, shown once, with copy and download, and an "I have saved them" step. */
export function RecoveryCodes({ codes, email, onDone }: RecoveryCodesProps) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const text = [t('mfa.recoveryFileHeading', { email }), '', ...codes, ''].join('\n');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="recovery-codes-heading">
      <Title order={2} id="recovery-codes-heading" mb="sm">
        {t('mfa.recoveryTitle')}
      </Title>
      <Stack gap="sm">
        <Alert color="orange" variant="light" role="status">
          {t('mfa.recoveryOnce')}
        </Alert>
        <Text>{t('mfa.recoveryIntro')}</Text>
        <List
          type="ordered"
          className="recovery-codes"
          data-testid="recovery-codes"
          aria-label={t('mfa.recoveryListLabel')}
        >
          {codes.map((code) => (
            <List.Item key={code}>
              <code>{code}</code>
            </List.Item>
          ))}
        </List>
        <Group gap="sm">
          <CopyButton value={codes.join('\n')}>
            {({ copied, copy }) => (
              <Button variant={copied ? 'light' : 'default'} color={copied ? 'green' : 'gray'} onClick={copy}>
                {copied ? t('mfa.copied') : t('mfa.copyCodes')}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" onClick={() => saveAsTextFile(t('mfa.recoveryFileName'), text)}>
            {t('mfa.downloadCodes')}
          </Button>
        </Group>
        <Checkbox
          label={t('mfa.recoverySaved')}
          checked={saved}
          onChange={(event) => setSaved(event.currentTarget.checked)}
        />
        <Group>
          <Button onClick={onDone} disabled={!saved}>
            {t('mfa.recoveryDone')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
