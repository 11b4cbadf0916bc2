import { MultiSelect } from '@mantine/core';
import type { ReactNode } from 'react';

export interface PickerOption {
  value: string;
  label: string;
}

interface RecordMultiPickerProps {
  label: string;
  /** Help under the label: what choosing a record here means. */
  description?: string;
  /** Shown in the empty input: what to type to find a record. */
  placeholder?: string;
  /** Shown in the list when nothing matches what was typed. */
  nothingFound: string;
  options: readonly PickerOption[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: ReactNode;
}

/**
 * Picks several records of a register by typing part of a name: the chosen ones are shown as
 * pills, the list is filtered as one types. Registers are hundreds of records, so a checkbox per
 * record does not scale; this is the one picker forms use for "several of these".
 */
export function RecordMultiPicker({
  label,
  description,
  placeholder,
  nothingFound,
  options,
  value,
  onChange,
  error,
}: RecordMultiPickerProps) {
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length === 0 ? placeholder : undefined}
      data={[...options]}
      value={value}
      onChange={onChange}
      error={error}
      searchable
      nothingFoundMessage={nothingFound}
      maxDropdownHeight={260}
      hidePickedOptions={false}
    />
  );
}
