import { Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Incident, incidentPdfUrl, useReportTexts } from '../../api/incidents';
import { CopyTextButton } from '../../components/copy-text-button';
import { QueryBoundary } from '../../components/query-boundary';
import { Section } from '../../components/section';

/**
 * The Danish summaries Skjold prepares for the authorities' forms (virk.dk): ready to copy,
 * with the items still missing named. Loaded when asked for: they are long.
 */
export function ReportTextsSection({ orgId, incident }: { orgId: string; incident: Incident }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const texts = useReportTexts(orgId, incident.id, open);

  return (
    <Section
      title={t('incident.texts.title')}
      id="report-texts"
      actions={
        <Anchor href={incidentPdfUrl(orgId, incident.id)} download>
          {t('incident.texts.pdf')}
        </Anchor>
      }
    >
      <Text mb="sm">{t('incident.texts.intro')}</Text>
      {!open ? (
        <Button variant="default" onClick={() => setOpen(true)}>
          {t('incident.texts.show')}
        </Button>
      ) : (
        <QueryBoundary query={texts}>
          {(data) => (
            <Stack gap="md">
              {data.texts.map((text) => {
                const headingId = `report-text-${text.kind}`;
                return (
                  <Paper withBorder p="sm" key={text.kind} component="article" aria-labelledby={headingId}>
                    <Group justify="space-between" mb="xs" gap="xs">
                      <Group gap="xs">
                        <Title order={3} id={headingId}>
                          {text.title}
                        </Title>
                        <Badge
                          miw="max-content"
                          variant="light"
                          color={text.complete ? 'green' : 'orange'}
                          tt="none"
                          radius="sm"
                        >
                          {text.complete
                            ? t('incident.texts.complete')
                            : t('incident.texts.missingCount', { count: text.missing.length })}
                        </Badge>
                      </Group>
                      <CopyTextButton
                        value={text.text}
                        label={t('incident.texts.copy', { title: text.title })}
                      />
                    </Group>
                    {text.missing.length ? (
                      <>
                        <Text size="sm" fw={600}>
                          {t('incident.texts.missing')}
                        </Text>
                        <List size="sm" mb="xs">
                          {text.missing.map((label) => (
                            <List.Item key={label}>{label}</List.Item>
                          ))}
                        </List>
                      </>
                    ) : null}
                    <pre className="report-text" lang="da">
                      {text.text}
                    </pre>
                  </Paper>
                );
              })}
            </Stack>
          )}
        </QueryBoundary>
      )}
    </Section>
  );
}
