import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type DocumentVersion, versionFileUrl } from '../../api/documents';

/** The stored, server-sanitised HTML of a version (the server's allow list keeps scripts out). */
export function DocumentBody({ version }: { version: DocumentVersion }) {
  const { t } = useTranslation();
  if (version.bodyFile) {
    return (
      <Text>
        {t('policyDoc.body.file')}{' '}
        <Anchor href={versionFileUrl(version.orgId, version.documentId, version.id)} download>
          {version.bodyFile.name}
        </Anchor>
      </Text>
    );
  }
  if (!version.bodyHtml.trim()) return <Text c="dimmed">{t('policyDoc.body.empty')}</Text>;
  return (
    <div
      className="document-body"
      lang="da"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server (rich-text.ts allow list).
      dangerouslySetInnerHTML={{ __html: version.bodyHtml }}
    />
  );
}
