import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, isStatus } from '../../api/errors';
import {
  type MyIncidentReport,
  PERSONAL_DATA_ANSWERS,
  type PersonalDataAnswer,
  useReportIncident,
} from '../../api/incidents';
import { AnchorLink } from '../../components/anchor-link';
import { PageTitle } from '../../components/page-title';
import { fromDanishInput, nowDanishInput } from '../../lib/danish-time';
import { NotFoundContent } from '../layout/not-found-page';
import { useOrgContext } from '../orgs/use-org-context';
import { isCprWarning, SaveError } from './cpr-warning';
import { incidentLabels } from './labels';

interface Draft {
  title: string;
  description: string;
  discoveredAt: string;
  systems: string;
  personalData: PersonalDataAnswer | '';
}

const emptyDraft = (): Draft => ({
  title: '',
  description: '',
  discoveredAt: nowDanishInput(),
  systems: '',
  personalData: '',
});

/**
 * "Report an incident" for every member: four questions, under a minute. Text that looks like
 * a CPR number is refused by the server until the reporter confirms it has to be there.
 */
export function ReportIncidentPage({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const { org } = useOrgContext(orgId);
  const report = useReportIncident(orgId);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [localError, setLocalError] = useState<Partial<Record<keyof Draft, string>>>({});
  const [receipt, setReceipt] = useState<MyIncidentReport | null>(null);
  const receiptRef = useRef<HTMLHeadingElement>(null);
  const labels = incidentLabels(t);

  useEffect(() => {
    if (receipt) receiptRef.current?.focus();
  }, [receipt]);

  if (isStatus(org.error, 403, 404)) return <NotFoundContent />;

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    // A changed text is checked again from the start.
    if (isCprWarning(report.error)) report.reset();
  };

  const send = (acknowledgeCpr: boolean) => {
    const errors: Partial<Record<keyof Draft, string>> = {};
    if (!draft.title.trim()) errors.title = t('incident.report.titleRequired');
    if (!draft.description.trim()) errors.description = t('incident.report.descriptionRequired');
    if (!draft.personalData) errors.personalData = t('incident.report.personalDataRequired');
    const discoveredAt = draft.discoveredAt ? fromDanishInput(draft.discoveredAt) : null;
    if (draft.discoveredAt && !discoveredAt) errors.discoveredAt = t('ismsCommon.invalidTime');
    setLocalError(errors);
    if (Object.keys(errors).length || !draft.personalData) return;
    report.mutate(
      {
        title: draft.title.trim(),
        description: draft.description.trim(),
        discoveredAt,
        systems: draft.systems.trim() || null,
        personalData: draft.personalData,
        ...(acknowledgeCpr ? { acknowledgeCpr: true } : {}),
      },
      {
        onSuccess: (created) => {
          setReceipt(created);
          setDraft(emptyDraft());
        },
      },
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send(false);
  };

  const fieldLabels = {
    title: t('incident.report.title'),
    description: t('incident.report.description'),
    systems: t('incident.report.systems'),
  };
  const serverError = (path: string) =>
    isCprWarning(report.error) ? undefined : fieldError(report.error, path);
  const cprAt = (path: string) => (isCprWarning(report.error) ? fieldError(report.error, path) : undefined);

  return (
    <>
      <PageTitle documentTitle={t('incident.report.pageTitle')}>{t('incident.report.pageTitle')}</PageTitle>
      {receipt ? (
        <Paper withBorder p="lg" maw={720} component="section" aria-labelledby="incident-receipt-heading">
          <Title order={2} id="incident-receipt-heading" ref={receiptRef} tabIndex={-1} mb="sm">
            {t('incident.report.thanks')}
          </Title>
          <Text mb="xs">
            {t('incident.report.receipt', { reference: receipt.reference, org: receipt.orgName })}
          </Text>
          <Text mb="md">{t('incident.report.receiptStatus', { status: labels.status(receipt.status) })}</Text>
          <Group gap="md">
            <AnchorLink to="/my-incident-reports">{t('incident.report.seeMine')}</AnchorLink>
            <Button variant="default" onClick={() => setReceipt(null)}>
              {t('incident.report.another')}
            </Button>
          </Group>
        </Paper>
      ) : (
        <Paper withBorder p="lg" maw={720}>
          <Text mb="xs">{t('incident.report.intro')}</Text>
          <Text mb="md" size="sm">
            {t('incident.report.reportingTo', { org: org.data?.name ?? '' })}
          </Text>
          <Alert color="blue" variant="light" mb="md" title={t('incident.report.urgentTitle')}>
            {t('incident.report.urgent')}
          </Alert>
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="md">
              <TextInput
                label={t('incident.report.title')}
                description={t('incident.report.titleHint')}
                required
                maxLength={200}
                value={draft.title}
                onChange={(event) => set('title', event.currentTarget.value)}
                error={localError.title ?? serverError('title') ?? cprAt('title')}
              />
              <Textarea
                label={t('incident.report.description')}
                description={t('incident.report.descriptionHint')}
                required
                autosize
                minRows={4}
                maxLength={10_000}
                value={draft.description}
                onChange={(event) => set('description', event.currentTarget.value)}
                error={localError.description ?? serverError('description') ?? cprAt('description')}
              />
              <TextInput
                type="datetime-local"
                label={t('incident.report.discoveredAt')}
                description={t('incident.report.discoveredAtHint')}
                value={draft.discoveredAt}
                max={nowDanishInput()}
                onChange={(event) => set('discoveredAt', event.currentTarget.value)}
                error={localError.discoveredAt ?? serverError('discoveredAt')}
              />
              <TextInput
                label={t('incident.report.systems')}
                description={t('incident.report.systemsHint')}
                maxLength={2000}
                value={draft.systems}
                onChange={(event) => set('systems', event.currentTarget.value)}
                error={serverError('systems') ?? cprAt('systems')}
              />
              <Radio.Group
                label={t('incident.report.personalData')}
                description={t('incident.report.personalDataHint')}
                required
                value={draft.personalData}
                onChange={(value) => set('personalData', value as PersonalDataAnswer)}
                error={localError.personalData ?? serverError('personalData')}
              >
                <Group mt="xs" gap="lg">
                  {PERSONAL_DATA_ANSWERS.map((answer) => (
                    <Radio key={answer} value={answer} label={labels.personalData(answer)} />
                  ))}
                </Group>
              </Radio.Group>
              <SaveError
                error={report.error}
                fieldLabels={fieldLabels}
                fields={['title', 'description', 'systems', 'discoveredAt', 'personalData']}
                onConfirm={() => send(true)}
                pending={report.isPending}
              />
              <Group>
                <Button type="submit" loading={report.isPending && !isCprWarning(report.error)}>
                  {t('incident.report.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </>
  );
}
