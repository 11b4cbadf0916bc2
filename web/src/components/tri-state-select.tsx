import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface TriStateSelectProps {
  label: string;
  description?: string;
  value: boolean | null;
  onChange: (value: boolean | null) => void;
  disabled?: boolean;
  error?: string;
}

/** Yes / no / not assessed yet: the answers of an assessment that may still be open. */
export function TriStateSelect({
  label,
  description,
  value,
  onChange,
  disabled,
  error,
}: TriStateSelectProps) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={label}
      description={description}
      disabled={disabled}
      error={error}
      value={value === null ? '' : value ? 'yes' : 'no'}
      data={[
        { value: '', label: t('ismsCommon.notAssessed') },
        { value: 'yes', label: t('common.yes') },
        { value: 'no', label: t('common.no') },
      ]}
      onChange={(event) => {
        const next = event.currentTarget.value;
        onChange(next === '' ? null : next === 'yes');
      }}
    />
  );
}
