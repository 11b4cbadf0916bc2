import { Button, type ButtonProps } from '@mantine/core';
import { useState } from 'react';
import { downloadExport } from '../lib/download';

interface DownloadButtonProps extends Omit<ButtonProps, 'onClick' | 'loading'> {
  url: string;
  fileName: string;
  label: string;
  /** Where to report a refused download (the server's message). */
  onError: (error: unknown) => void;
}

/** A button that downloads an export (XLSX, PDF) in the UI language. */
export function DownloadButton({ url, fileName, label, onError, ...props }: DownloadButtonProps) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="default"
      {...props}
      loading={busy}
      onClick={() => {
        setBusy(true);
        onError(null);
        downloadExport(url, fileName)
          .catch(onError)
          .finally(() => setBusy(false));
      }}
    >
      {label}
    </Button>
  );
}
