import { Button, Group, Paper, Title } from '@mantine/core';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';

/**
 * A list's filters as a draft: edited freely, applied on submit, reset to none. The draft
 * follows the applied filters when they change from outside (the URL).
 */
export function useFilterDraft<F extends object>(applied: F) {
  const [values, setValues] = useState(applied);
  useEffect(() => setValues(applied), [applied]);
  const set = (patch: Partial<F>) => setValues((current) => ({ ...current, ...patch }));
  return { values, setValues, set };
}

type FilterPanelProps = {
  /** Id of the heading; it names the section and the form for assistive technology. */
  headingId: string;
  title: string;
  applyLabel: string;
  resetLabel: string;
  onApply: () => void;
  onReset: () => void;
  children: ReactNode;
};

/** The frame every filter form shares: a titled section, the fields, Apply and Reset. */
export function FilterPanel({
  headingId,
  title,
  applyLabel,
  resetLabel,
  onApply,
  onReset,
  children,
}: FilterPanelProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply();
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="sm">
        {title}
      </Title>
      <form onSubmit={submit} noValidate aria-labelledby={headingId}>
        {children}
        <Group mt="sm">
          <Button type="submit">{applyLabel}</Button>
          <Button variant="default" onClick={onReset}>
            {resetLabel}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
