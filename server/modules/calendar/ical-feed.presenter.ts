import ical from 'ical-generator';

/** One all-day entry of a calendar feed. */
export type FeedEvent = {
  /** Stable across fetches, so calendar apps update an entry instead of duplicating it. */
  uid: string;
  date: string;
  summary: string;
  description: string;
  url: string | null;
};

/** RFC 5545 text of a feed: one VEVENT per entry with UID, DTSTART as a DATE, SUMMARY, DESCRIPTION, URL. */
export function renderFeed(name: string, events: readonly FeedEvent[]): string {
  const calendar = ical({
    name,
    prodId: { company: 'Skjold', product: 'Skjold', language: 'DA' },
    ttl: 60 * 60,
  });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      start: event.date,
      allDay: true,
      summary: event.summary,
      description: event.description,
      ...(event.url ? { url: event.url } : {}),
    });
  }
  return calendar.toString();
}
