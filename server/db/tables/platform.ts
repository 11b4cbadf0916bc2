/* Background jobs, the mail outbox and stored files. */
export type JobStatus = 'queued' | 'running' | 'done' | 'dead';

export type JobsTable = {
  id: string;
  type: string;
  payload_json: string;
  status: JobStatus;
  attempts: number;
  max_attempts: number;
  run_at: string;
  /** Worker holding the lease while the job runs; the lease ends at locked_until. */
  locked_by: string | null;
  locked_until: string | null;
  /** Message of the last failure, scrubbed of addresses and credentials. */
  last_error: string | null;
  /** A second enqueue with the same key is a no-op (each reminder is sent once). */
  dedupe_key: string | null;
  created_at: string;
  updated_at: string;
};

export type MailOutboxTable = {
  id: string;
  job_id: string | null;
  org_id: string | null;
  recipient: string;
  locale: 'da' | 'en';
  template: string;
  subject: string;
  text: string;
  html: string;
  /** `stored`: no SMTP configured, kept for admins to read; `sent`: handed to the SMTP server. */
  status: 'stored' | 'sent';
  created_at: string;
  sent_at: string | null;
};

/** Metadata of a stored file; the bytes live in FileStorage under `storage_key`. */
export type FilesTable = {
  id: string;
  org_id: string;
  /** Original file name, sanitised for display and download. */
  name: string;
  /** Detected from the bytes, never taken from the client. */
  content_type: string;
  size: number;
  sha256: string;
  storage_key: string;
  uploaded_by: string | null;
  created_at: string;
};

/** Links a file to any record (`entity_type` + `entity_id`) of the same organisation. */
export type FileLinksTable = {
  file_id: string;
  org_id: string;
  entity_type: string;
  entity_id: string;
  created_at: string;
};
