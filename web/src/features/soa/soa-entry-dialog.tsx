import {
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/errors';
import { usePeopleOptions } from '../../api/member-options';
import {
  IMPLEMENTATION_STATUSES,
  type ImplementationStatus,
  type SoaEntry,
  useUpdateSoaEntry,
} from '../../api/soa';
import { ErrorAlert } from '../../components/error-alert';
import { currentLanguage } from '../../i18n';

type Decision = 'yes' | 'no' | 'baseline';

interface SoaEntryDialogProps {
  orgId: string;
  entry: SoaEntry | null;
  canEdit: boolean;
  onClose: () => void;
  onSaved: (entry: SoaEntry) => void;
}

const decisionOf = (entry: SoaEntry): Decision =>
  entry.applicableSource === 'baseline' ? 'baseline' : entry.applicable ? 'yes' : 'no';

const isStatus = (value: string): value is ImplementationStatus =>
  IMPLEMENTATION_STATUSES.some((status) => status === value);

/** One SoA entry: applicable or not (with the justification ISO/IEC 27001 6.1.3 d asks for), status, owner. */
export function SoaEntryDialog({ orgId, entry, canEdit, onClose, onSaved }: SoaEntryDialogProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const title = entry ? `${entry.code} ${entry.title[lang]}` : '';
  return (
    <Modal
      opened={entry !== null}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {entry ? (
        <EntryForm
          key={entry.id}
          orgId={orgId}
          entry={entry}
          canEdit={canEdit}
          onClose={onClose}
          onSaved={onSaved}
        />
      ) : null}
    </Modal>
  );
}

function EntryForm({
  orgId,
  entry,
  canEdit,
  onClose,
  onSaved,
}: {
  orgId: string;
  entry: SoaEntry;
  canEdit: boolean;
  onClose: () => void;
  onSaved: (entry: SoaEntry) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const update = useUpdateSoaEntry(orgId);
  const people = usePeopleOptions(orgId, canEdit);
  const [decision, setDecision] = useState<Decision>(decisionOf(entry));
  const [justification, setJustification] = useState(entry.justification ?? '');
  const [status, setStatus] = useState<ImplementationStatus>(entry.implementationStatus);
  const [implementation, setImplementation] = useState(entry.implementation ?? '');
  const [ownerUserId, setOwnerUserId] = useState(entry.ownerUserId ?? '');
  const [targetDate, setTargetDate] = useState(entry.targetDate ?? '');

  const baseline = entry.baseline;
  const applicable = decision === 'baseline' ? (baseline?.applicable ?? true) : decision === 'yes';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate(
      {
        requirementId: entry.requirementId,
        body: {
          version: entry.version,
          applicable: decision === 'baseline' ? null : decision === 'yes',
          justification: justification.trim() || null,
          status,
          implementation: implementation.trim() || null,
          ownerUserId: ownerUserId || null,
          targetDate: targetDate || null,
        },
      },
      { onSuccess: onSaved },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('soa.editFormLabel', { code: entry.code })}>
      <Stack gap="md">
        {entry.guidance ? <Text size="sm">{entry.guidance[lang]}</Text> : null}
        {baseline ? (
          <Alert color="blue" variant="light" title={t('soa.baselineTitle', { group: baseline.groupName })}>
            {baseline.applicable
              ? baseline.expectedStatus
                ? t('soa.baselineApplicableExpected', {
                    status: t(`soa.statuses.${baseline.expectedStatus}`),
                  })
                : t('soa.baselineApplicable')
              : t('soa.baselineNotApplicable', { justification: baseline.justification ?? '' })}
          </Alert>
        ) : null}
        {!canEdit ? <Text size="sm">{t('soa.readOnly')}</Text> : null}
        <ErrorAlert error={update.error} fields={['justification', 'status', 'ownerUserId', 'targetDate']} />
        <Radio.Group
          label={t('soa.applicableQuestion')}
          value={decision}
          onChange={(value) => {
            update.reset();
            setDecision(value === 'no' ? 'no' : value === 'baseline' ? 'baseline' : 'yes');
          }}
        >
          <Stack gap={6} mt={6}>
            <Radio value="yes" label={t('soa.decisionYes')} disabled={!canEdit} />
            <Radio value="no" label={t('soa.decisionNo')} disabled={!canEdit} />
            {baseline ? (
              <Radio
                value="baseline"
                label={t('soa.decisionBaseline', { group: baseline.groupName })}
                disabled={!canEdit}
              />
            ) : null}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('soa.justification')}
          description={applicable ? t('soa.justificationHintApplicable') : t('soa.justificationHintRequired')}
          name="justification"
          required={!applicable}
          readOnly={!canEdit}
          autosize
          minRows={3}
          value={justification}
          onChange={(event) => setJustification(event.currentTarget.value)}
          error={fieldError(update.error, 'justification')}
        />
        {applicable ? (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <NativeSelect
                label={t('soa.implementationStatus')}
                name="status"
                disabled={!canEdit}
                value={status}
                data={IMPLEMENTATION_STATUSES.map((value) => ({ value, label: t(`soa.statuses.${value}`) }))}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  if (isStatus(value)) setStatus(value);
                }}
                error={fieldError(update.error, 'status')}
              />
              <TextInput
                label={t('soa.targetDate')}
                name="targetDate"
                type="date"
                readOnly={!canEdit}
                value={targetDate}
                onChange={(event) => setTargetDate(event.currentTarget.value)}
                error={fieldError(update.error, 'targetDate')}
              />
            </SimpleGrid>
            <Textarea
              label={t('soa.implementation')}
              description={t('soa.implementationHint')}
              name="implementation"
              readOnly={!canEdit}
              autosize
              minRows={2}
              value={implementation}
              onChange={(event) => setImplementation(event.currentTarget.value)}
            />
            <NativeSelect
              label={t('soa.owner')}
              name="ownerUserId"
              disabled={!canEdit}
              value={ownerUserId}
              data={[
                { value: '', label: t('soa.noOwner') },
                ...(people.data ?? []).map((person) => ({ value: person.userId, label: person.name })),
                // Keep the current owner selectable while the list loads.
                ...(entry.ownerUserId && !(people.data ?? []).some((p) => p.userId === entry.ownerUserId)
                  ? [{ value: entry.ownerUserId, label: entry.ownerName ?? entry.ownerUserId }]
                  : []),
              ]}
              onChange={(event) => setOwnerUserId(event.currentTarget.value)}
              error={fieldError(update.error, 'ownerUserId')}
            />
          </>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {canEdit ? t('common.cancel') : t('common.close')}
          </Button>
          {canEdit ? (
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
