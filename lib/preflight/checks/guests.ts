// Guests are listed and held out of the run until the admin confirms, for this run, that the
// organization's agreement allows licensing them; or always excluded, per the settings.
import type { PreflightContext } from '../context';
import type { CheckResult } from '../types';

export function checkGuests(ctx: PreflightContext): CheckResult {
  const rows = ctx.guestRows;
  const params = [String(rows.length)];
  if (rows.length === 0) return { id: 'guests', status: 'pass', rows, code: 'noGuests', params };
  if (ctx.settings.excludeGuestsAlways) return { id: 'guests', status: 'warn', rows, code: 'guestsExcluded', params };
  if (ctx.settings.guestsConfirmed) return { id: 'guests', status: 'pass', rows, code: 'guestsConfirmed', params };
  return { id: 'guests', status: 'warn', rows, code: 'guestsNeedConfirmation', params };
}
