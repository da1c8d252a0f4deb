import { notifications, type NotificationData } from '@mantine/notifications';
import i18n from '@/i18n';

/** A toast whose close button is labelled in the reader's language. */
export function notify(data: NotificationData): string {
  return notifications.show({ closeButtonProps: { 'aria-label': i18n.t('common.close') }, ...data });
}
