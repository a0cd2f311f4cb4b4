/** Short messages for the desk's live ticker: who arrived, got a nod, felt ignored, or left. */
import type { Level } from '../../core/level.ts';
import { customerByVisit, profileOf } from '../../core/selectors.ts';
import type { SimEvent, SimState } from '../../core/types.ts';
import { localize, type Translate } from '../../i18n/index.ts';
import type { Locale } from '../../core/level.ts';

/** The ticker line for an event, or `null` for events the ticker does not report. */
export function announcementFor(
  event: SimEvent,
  level: Level,
  sim: SimState | undefined,
  tr: Translate,
  locale: Locale = level.defaultLocale,
): string | null {
  if (event.type === 'desk_opened') {
    const skipped = event.skipped.flatMap((id) => {
      const task = level.preparation?.tasks.find((t) => t.id === id);
      return task ? [localize(task.text, locale, level.defaultLocale)] : [];
    });
    return skipped.length === 0
      ? tr('event.deskOpened')
      : tr('event.deskOpenedSkipped', { tasks: skipped.join('; ') });
  }
  if (event.type === 'backup_started') return tr('event.backupStarted');
  if (event.type === 'backup_ended') return tr('event.backupEnded');
  if (event.type === 'distraction_resolved') {
    if (event.how === 'missed') {
      return tr('event.distraction.missed', { points: level.rules.missedUrgentPenalty });
    }
    if (event.how === 'ignored') return tr('event.distraction.ignored');
    if (event.honours.length > 0) return tr('event.distraction.urgentAttended');
    return event.breaks.length > 0
      ? tr('event.distraction.attended')
      : tr('event.distraction.attendedFree');
  }
  if (!('visitId' in event) || !sim) return null;
  const customer = customerByVisit(sim, event.visitId);
  if (!customer) return null;
  const name = profileOf(level, customer.profileId).name;
  switch (event.type) {
    case 'customer_arrived':
      return tr('event.arrived', { name });
    case 'acknowledged':
      return tr('event.acknowledged', { name });
    case 'felt_ignored':
      return tr('event.feltIgnored', { name });
    case 'walked_out':
      return tr('event.walkedOut', { name });
    case 'served':
      return event.by === 'colleague'
        ? tr('event.servedByColleague', { name })
        : tr(`event.served.${event.outcome}`, { name });
    default:
      return null;
  }
}
