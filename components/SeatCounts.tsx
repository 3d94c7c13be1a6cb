import type { ProductSeats } from '../lib/portals/types';
import { formatNumber, t } from './i18n';

function Seat({ label, value, id }: { label: string; value: number | undefined; id: string }) {
  return (
    <div class="seat" data-seat={id}>
      <strong>{value === undefined ? '–' : formatNumber(value)}</strong>
      <span class="muted">{label}</span>
      {value === undefined && <span class="visually-hidden">{t('seatsUnknown')}</span>}
    </div>
  );
}

/** Available, assigned and total seats of one product, as read from the page. */
export function SeatCounts({ seats }: { seats: ProductSeats }) {
  return (
    <div class="seats" aria-label={seats.name}>
      <Seat id="available" label={t('seatsAvailable')} value={seats.available} />
      <Seat id="assigned" label={t('seatsAssigned')} value={seats.assigned} />
      <Seat id="total" label={t('seatsTotal')} value={seats.total} />
    </div>
  );
}
