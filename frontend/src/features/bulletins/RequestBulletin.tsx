import { useTicketBulletin } from './api';
import { PortalBulletin } from './PortalBulletins';

/** On a customer's request: the known outage it is part of, when it is one they may read. */
export default function RequestBulletin({ number }: { number: number }) {
  const bulletin = useTicketBulletin(number).data;
  return bulletin ? <PortalBulletin bulletin={bulletin} /> : null;
}
