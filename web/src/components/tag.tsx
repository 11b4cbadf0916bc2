import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

const styles = {
  root: { height: 'auto', maxWidth: '100%', paddingBlock: 2 },
  label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.3 },
} as const;

/** A small status label that wraps instead of cutting its words off in narrow table cells. */
export function Tag({ children, ...props }: BadgeProps & { children: ReactNode }) {
  return (
    <Badge radius="sm" tt="none" styles={styles} {...props}>
      {children}
    </Badge>
  );
}
