export { calendarModule } from './calendar.manifest.ts';
