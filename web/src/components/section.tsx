import { Group, Paper, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

interface SectionProps {
  title: ReactNode;
  children: ReactNode;
  /** Buttons or links shown beside the heading. */
  actions?: ReactNode;
  id?: string;
  level?: 2 | 3;
}

/** A bordered region of a page with its own heading (a landmark named by the heading). */
export function Section({ title, children, actions, id, level = 2 }: SectionProps) {
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} id={id}>
      <Group justify="space-between" align="flex-start" mb="sm" gap="sm">
        <Title order={level} id={headingId}>
          {title}
        </Title>
        {actions ? <Group gap="xs">{actions}</Group> : null}
      </Group>
      {children}
    </Paper>
  );
}
