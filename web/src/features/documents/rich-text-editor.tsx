import { Button, Group, Input, TextInput } from '@mantine/core';
import { type KeyboardEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './documents.css';

/**
 * A small rich-text editor on the browser's own editing (contenteditable): headings, paragraphs,
 * bold, italic, lists and links – the HTML the server keeps after sanitising. No editor library
 * is installed in the project; tables that come from a template keep their text editable, but
 * new tables cannot be inserted here.
 */
interface RichTextEditorProps {
  label: string;
  description?: string;
  initialHtml: string;
  onChange: (html: string) => void;
  disabled?: boolean;
}

type Command =
  | { kind: 'block'; tag: 'h2' | 'h3' | 'p' }
  | { kind: 'inline'; command: 'bold' | 'italic' }
  | { kind: 'list'; command: 'insertUnorderedList' | 'insertOrderedList' }
  | { kind: 'history'; command: 'undo' | 'redo' };

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const stateCommands = ['bold', 'italic', 'insertUnorderedList', 'insertOrderedList'] as const;

export function RichTextEditor({ label, description, initialHtml, onChange, disabled }: RichTextEditorProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const descriptionId = useId();
  const editorRef = useRef<HTMLDivElement>(null);
  const savedRange = useRef<Range | null>(null);
  const [active, setActive] = useState<Record<string, boolean>>({});
  const [block, setBlock] = useState('p');
  const [linkOpen, setLinkOpen] = useState(false);
  const [linkUrl, setLinkUrl] = useState('https://');
  const [linkError, setLinkError] = useState<string | undefined>();

  // The HTML is set once; from then on the browser owns the content (the caret stays put).
  useEffect(() => {
    if (editorRef.current) editorRef.current.innerHTML = initialHtml;
    document.execCommand('defaultParagraphSeparator', false, 'p');
  }, [initialHtml]);

  const emit = useCallback(() => {
    if (editorRef.current) onChange(editorRef.current.innerHTML);
  }, [onChange]);

  const refreshState = useCallback(() => {
    const selection = document.getSelection();
    if (!selection?.rangeCount || !editorRef.current?.contains(selection.anchorNode)) return;
    savedRange.current = selection.getRangeAt(0).cloneRange();
    const next: Record<string, boolean> = {};
    for (const command of stateCommands) next[command] = document.queryCommandState(command);
    setActive(next);
    setBlock(String(document.queryCommandValue('formatBlock') || 'p').toLowerCase());
  }, []);

  useEffect(() => {
    document.addEventListener('selectionchange', refreshState);
    return () => document.removeEventListener('selectionchange', refreshState);
  }, [refreshState]);

  const restoreSelection = () => {
    const editor = editorRef.current;
    if (!editor) return;
    editor.focus();
    const range = savedRange.current;
    if (range && editor.contains(range.startContainer)) {
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
  };

  const run = (command: Command) => {
    restoreSelection();
    if (command.kind === 'block') document.execCommand('formatBlock', false, command.tag);
    else document.execCommand(command.command, false);
    emit();
    refreshState();
  };

  const insertLink = () => {
    let url: URL | null = null;
    try {
      url = new URL(linkUrl.trim());
    } catch {
      url = null;
    }
    if (!url || !['http:', 'https:', 'mailto:'].includes(url.protocol)) {
      setLinkError(t('policyDoc.editor.linkInvalid'));
      return;
    }
    setLinkError(undefined);
    restoreSelection();
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed) {
      // Nothing selected: the address itself becomes the link text.
      const escaped = escapeHtml(url.href);
      document.execCommand('insertHTML', false, `<a href="${escaped}">${escaped}</a>`);
    } else {
      document.execCommand('createLink', false, url.href);
    }
    setLinkOpen(false);
    setLinkUrl('https://');
    emit();
  };

  // Arrow keys move between the toolbar's buttons (one tab stop, as in the ARIA toolbar pattern).
  const onToolbarKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    event.preventDefault();
    const next = buttons[(index + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
    next?.focus();
  };

  const tool = (key: string, text: string, command: Command, pressed?: boolean) => (
    <Button
      key={key}
      size="compact-sm"
      variant={pressed ? 'filled' : 'default'}
      aria-pressed={pressed === undefined ? undefined : pressed}
      disabled={disabled}
      // Keep the selection in the editor when the button is clicked with the mouse.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => run(command)}
    >
      {text}
    </Button>
  );

  return (
    <div className="rich-editor-wrapper">
      <Input.Label id={labelId} component="div">
        {label}
      </Input.Label>
      {description ? (
        <Input.Description id={descriptionId} mb={4}>
          {description}
        </Input.Description>
      ) : null}
      <div
        role="toolbar"
        aria-label={t('policyDoc.editor.toolbar')}
        className="rich-editor-toolbar"
        onKeyDown={onToolbarKey}
      >
        <Group gap={4} wrap="wrap">
          {tool('h2', t('policyDoc.editor.heading'), { kind: 'block', tag: 'h2' }, block === 'h2')}
          {tool('h3', t('policyDoc.editor.subheading'), { kind: 'block', tag: 'h3' }, block === 'h3')}
          {tool(
            'p',
            t('policyDoc.editor.paragraph'),
            { kind: 'block', tag: 'p' },
            block === 'p' || block === '',
          )}
          {tool(
            'bold',
            t('policyDoc.editor.bold'),
            { kind: 'inline', command: 'bold' },
            Boolean(active.bold),
          )}
          {tool(
            'italic',
            t('policyDoc.editor.italic'),
            { kind: 'inline', command: 'italic' },
            Boolean(active.italic),
          )}
          {tool(
            'ul',
            t('policyDoc.editor.bulletList'),
            { kind: 'list', command: 'insertUnorderedList' },
            Boolean(active.insertUnorderedList),
          )}
          {tool(
            'ol',
            t('policyDoc.editor.numberedList'),
            { kind: 'list', command: 'insertOrderedList' },
            Boolean(active.insertOrderedList),
          )}
          <Button
            size="compact-sm"
            variant="default"
            disabled={disabled}
            aria-expanded={linkOpen}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => setLinkOpen((open) => !open)}
          >
            {t('policyDoc.editor.link')}
          </Button>
          {tool('undo', t('policyDoc.editor.undo'), { kind: 'history', command: 'undo' })}
          {tool('redo', t('policyDoc.editor.redo'), { kind: 'history', command: 'redo' })}
        </Group>
      </div>
      {linkOpen ? (
        <Group align="flex-end" gap="xs" my="xs">
          <TextInput
            label={t('policyDoc.editor.linkUrl')}
            type="url"
            value={linkUrl}
            onChange={(event) => setLinkUrl(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                insertLink();
              }
            }}
            error={linkError}
          />
          <Button size="sm" onClick={insertLink}>
            {t('policyDoc.editor.insertLink')}
          </Button>
        </Group>
      ) : null}
      {/* biome-ignore lint/a11y/useSemanticElements: a contenteditable region is the multi-line rich text box. */}
      <div
        ref={editorRef}
        className="rich-editor document-body"
        role="textbox"
        aria-multiline="true"
        aria-labelledby={labelId}
        aria-describedby={description ? descriptionId : undefined}
        aria-disabled={disabled || undefined}
        contentEditable={!disabled}
        suppressContentEditableWarning
        tabIndex={0}
        onInput={emit}
        onBlur={emit}
        onKeyUp={refreshState}
        onMouseUp={refreshState}
      />
    </div>
  );
}
