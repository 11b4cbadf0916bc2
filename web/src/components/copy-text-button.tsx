import { Button, type ButtonProps } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CopyTextButtonProps extends Omit<ButtonProps, 'children' | 'onClick'> {
  value: string;
  /** Accessible name, e.g. "Copy the text for Datatilsynet"; defaults to "Copy". */
  label?: string;
}

/** Copies a text to the clipboard and says so (in the button and to screen readers). */
export function CopyTextButton({ value, label, ...props }: CopyTextButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setState('idle'), 4000);
  };

  const text =
    state === 'copied'
      ? t('ismsCommon.copied')
      : state === 'failed'
        ? t('ismsCommon.copyFailed')
        : t('ismsCommon.copy');
  return (
    <>
      <Button
        variant="default"
        size="xs"
        onClick={() => void copy()}
        aria-label={state === 'idle' && label ? label : undefined}
        {...props}
      >
        {text}
      </Button>
      <span role="status" className="visually-hidden-text">
        {state === 'idle' ? '' : text}
      </span>
    </>
  );
}
