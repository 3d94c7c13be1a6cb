// What an audit record needs that the run itself does not hold, taken when the run is created:
// the file's size and SHA-256 (of the very bytes loaded), rows read, the portal and the seats.
import type { PageReport, ProductSeats } from '../portals/types';
import type { AuditSeats } from '../run/audit-schema';
import type { RunAuditFacts } from '../storage';
import { base64ToBytes } from './loaded-csv';

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The counts a page showed for a product, without its name. */
export function seatsOf(p: ProductSeats | undefined): AuditSeats | undefined {
  if (!p) return undefined;
  const seats: AuditSeats = {};
  if (p.total !== undefined) seats.total = p.total;
  if (p.assigned !== undefined) seats.assigned = p.assigned;
  if (p.available !== undefined) seats.available = p.available;
  return Object.keys(seats).length ? seats : undefined;
}

export function hostOf(report: PageReport | undefined): string {
  try {
    return report ? new URL(report.url).hostname : '';
  } catch {
    return '';
  }
}

export async function auditFactsOf(
  base64: string,
  rowsRead: number,
  report: PageReport | undefined,
  product: ProductSeats,
): Promise<RunAuditFacts> {
  const bytes = base64ToBytes(base64);
  const facts: RunAuditFacts = { size: bytes.length, sha256: await sha256Hex(bytes), rowsRead, host: hostOf(report) };
  const seats = seatsOf(product);
  if (seats) facts.seatsBefore = seats;
  return facts;
}
