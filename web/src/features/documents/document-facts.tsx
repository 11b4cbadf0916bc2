import { Anchor, Badge, Button, Group, Paper, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DocumentDto, documentExportUrl } from '../../api/documents';
import { currentLanguage } from '../../i18n';
import { formatCalendarDate } from '../../lib/danish-time';
import { useOrgContext } from '../orgs/use-org-context';
import { DocumentSettingsForm } from './document-settings';
import { documentLabels, reviewColor } from './labels';

/** The document's facts (audience, owner, review cycle), and its settings form for writers. */
export function DocumentFacts({
  document,
  orgId,
  canEdit,
  onMessage,
}: {
  document: DocumentDto;
  orgId: string;
  canEdit: boolean;
  onMessage: (message: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const { t } = useTranslation();
  const lang = currentLanguage();
  const labels = documentLabels(t);
  const { orgs } = useOrgContext(orgId);
  const unitNames = document.audience.unitIds
    .map((id) => orgs.data?.find((org) => org.id === id)?.name ?? id)
    .join(', ');
  const audience = document.audience.wholeOrganisation
    ? t('policyDoc.audience.whole')
    : [
        unitNames ? t('policyDoc.audience.units', { units: unitNames }) : null,
        document.audience.roles.length
          ? t('policyDoc.audience.roles', {
              roles: document.audience.roles.map((r) => t(`role.${r}`)).join(', '),
            })
          : null,
      ]
        .filter(Boolean)
        .join('; ') || t('policyDoc.audience.none');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="document-facts">
      <Title order={2} id="document-facts" mb="sm">
        {t('policyDoc.detail.facts')}
      </Title>
      <dl className="description-list">
        <dt>{t('policyDoc.fields.kind')}</dt>
        <dd>{labels.kind(document.kind)}</dd>
        <dt>{t('policyDoc.fields.owner')}</dt>
        <dd>{document.ownerName ?? t('common.none')}</dd>
        <dt>{t('policyDoc.fields.classification')}</dt>
        <dd>{labels.classification(document.classification)}</dd>
        <dt>{t('policyDoc.fields.audience')}</dt>
        <dd>{audience}</dd>
        <dt>{t('policyDoc.fields.reviewInterval')}</dt>
        <dd>{t('policyDoc.detail.months', { count: document.reviewIntervalMonths })}</dd>
        <dt>{t('policyDoc.fields.nextReview')}</dt>
        <dd>
          {document.nextReviewOn ? formatCalendarDate(document.nextReviewOn, lang) : t('common.none')}{' '}
          {document.review.status !== 'not_scheduled' ? (
            <Badge
              miw="max-content"
              variant="light"
              color={reviewColor[document.review.status]}
              tt="none"
              radius="sm"
            >
              {labels.review(document.review.status)}
            </Badge>
          ) : null}
        </dd>
        {document.publicPath ? (
          <>
            <dt>{t('policyDoc.fields.publicLink')}</dt>
            <dd>
              <Anchor href={document.publicPath}>{t('policyDoc.detail.publicPage')}</Anchor>
            </dd>
          </>
        ) : null}
      </dl>
      {canEdit && !editing ? (
        <Button variant="default" size="xs" mt="sm" onClick={() => setEditing(true)}>
          {t('policyDoc.settings.edit')}
        </Button>
      ) : null}
      {editing ? (
        <DocumentSettingsForm
          orgId={orgId}
          document={document}
          onDone={(message) => {
            setEditing(false);
            if (message) onMessage(message);
          }}
        />
      ) : null}
      {document.currentVersion ? (
        <Group gap="md" mt="sm">
          <Anchor href={documentExportUrl(orgId, document.id, 'pdf', lang)} download>
            {t('policyDoc.detail.exportPdf')}
          </Anchor>
          <Anchor href={documentExportUrl(orgId, document.id, 'docx', lang)} download>
            {t('policyDoc.detail.exportDocx')}
          </Anchor>
        </Group>
      ) : null}
    </Paper>
  );
}
