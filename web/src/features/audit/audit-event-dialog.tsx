import { Code, Modal, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../api/types';

function Json({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === null || value === undefined) return <Text>{t('common.none')}</Text>;
  return (
    // Long values scroll inside the block: focusable, so keyboard users can scroll it too.
    <Code block className="json-block" tabIndex={0}>
      {JSON.stringify(value, null, 2)}
    </Code>
  );
}

export function AuditEventDialog({ event, onClose }: { event: AuditEvent | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={event !== null}
      onClose={onClose}
      title={event ? t('audit.detailsFor', { seq: event.seq }) : ''}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {event ? (
        <Stack gap="sm">
          <Title order={3}>{t('audit.before')}</Title>
          <Json value={event.before} />
          <Title order={3}>{t('audit.after')}</Title>
          <Json value={event.after} />
          <Title order={3}>{t('audit.hash')}</Title>
          <Code style={{ wordBreak: 'break-all' }}>{event.hash}</Code>
        </Stack>
      ) : null}
    </Modal>
  );
}
