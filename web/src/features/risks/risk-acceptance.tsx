import { Alert, Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/errors';
import { type Risk, useAcceptRisk } from '../../api/risks';
import { ErrorAlert } from '../../components/error-alert';
import { currentLanguage } from '../../i18n';
import { addToDate, formatDate, todayInDenmark } from '../../lib/dates';
import { formatDateTime } from '../../lib/format';

interface RiskAcceptanceProps {
  orgId: string;
  risk: Risk;
  /** Management or security officer here (the server decides who may sign which). */
  maySign: boolean;
  isOwner: boolean;
  onAccepted: () => void;
}

/**
 * Risk acceptance: who signed, when, why and until when; or the form to sign it. Above the
 * tolerance only management may sign, and never the risk's own owner (DESIGN.md section 4).
 */
export function RiskAcceptance({ orgId, risk, maySign, isOwner, onAccepted }: RiskAcceptanceProps) {
  const { t } = useTranslation();
  const accept = useAcceptRisk(orgId, risk.id);
  const [reason, setReason] = useState('');
  const [expiresOn, setExpiresOn] = useState(() => addToDate(todayInDenmark(), { months: 12 }));
  const locale = currentLanguage();
  const acceptance = risk.acceptance;
  const acceptable = risk.status === 'open' || risk.status === 'accepted';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    accept.mutate(
      { version: risk.version, reason: reason.trim(), expiresOn },
      {
        onSuccess: () => {
          setReason('');
          onAccepted();
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="risk-acceptance-heading">
      <Title order={2} id="risk-acceptance-heading" mb="sm">
        {t('risks.acceptanceHeading')}
      </Title>
      <Stack gap="sm">
        {acceptance ? (
          <div data-testid="risk-acceptance">
            <Text fw={600} mb="xs">
              {t(`risks.acceptanceStates.${acceptance.state}`)}
            </Text>
            <dl className="description-list">
              <dt>{t('risks.acceptedBy')}</dt>
              <dd>
                {acceptance.acceptedByName} ({t(`role.${acceptance.role}`)})
              </dd>
              <dt>{t('risks.acceptedAt')}</dt>
              <dd>{formatDateTime(acceptance.acceptedAt, locale)}</dd>
              <dt>{t('risks.acceptedScore')}</dt>
              <dd>
                {acceptance.aboveTolerance
                  ? t('risks.acceptedAbove', { score: acceptance.score, tolerance: acceptance.tolerance })
                  : t('risks.acceptedWithin', { score: acceptance.score, tolerance: acceptance.tolerance })}
              </dd>
              <dt>{t('risks.acceptanceReason')}</dt>
              <dd className="pre-wrap">{acceptance.reason}</dd>
              <dt>{t('risks.acceptanceExpires')}</dt>
              <dd>{formatDate(acceptance.expiresOn, locale)}</dd>
            </dl>
          </div>
        ) : (
          <Text>{t('risks.notAccepted')}</Text>
        )}
        {!acceptable ? (
          <Text size="sm">{t('risks.acceptOnlyLive')}</Text>
        ) : isOwner ? (
          <Alert color="orange" variant="light">
            {t('risks.acceptNotOwner')}
          </Alert>
        ) : !maySign ? (
          <Text size="sm">{t('risks.acceptWho')}</Text>
        ) : acceptance?.state === 'active' ? null : (
          <form onSubmit={submit} noValidate aria-labelledby="risk-accept-form-heading">
            <Title order={3} id="risk-accept-form-heading" mb="xs">
              {t('risks.acceptFormHeading')}
            </Title>
            <Stack gap="sm">
              <Text size="sm">
                {risk.aboveTolerance
                  ? t('risks.acceptAboveHint', { score: risk.score })
                  : t('risks.acceptWithinHint', { score: risk.score })}
              </Text>
              <ErrorAlert error={accept.error} fields={['reason', 'expiresOn']} />
              <Textarea
                label={t('risks.acceptanceReason')}
                description={t('risks.acceptanceReasonHint')}
                name="reason"
                required
                autosize
                minRows={3}
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value)}
                error={fieldError(accept.error, 'reason')}
              />
              <TextInput
                label={t('risks.acceptanceExpires')}
                description={t('risks.acceptanceExpiresHint')}
                name="expiresOn"
                type="date"
                maw={260}
                required
                value={expiresOn}
                onChange={(event) => setExpiresOn(event.currentTarget.value)}
                error={fieldError(accept.error, 'expiresOn')}
              />
              <Group>
                <Button type="submit" loading={accept.isPending}>
                  {t('risks.acceptSubmit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
