// Who a run target is on the page: what to type into the picker or a list's search box, and the
// addresses and name an option or a row must show to count as that target.
import type { PickTarget } from '../../portals/admin-center/actions';
import type { RunTarget } from '../../run/types';

export type Who = PickTarget & { query: string };

/** A guest's UPN (`john_contoso.com#EXT#@tenant.onmicrosoft.com`) names the home address `john@contoso.com`. */
export function guestHomeMail(upn: string): string | undefined {
  const m = /^(.+)#EXT#@/i.exec(upn);
  if (!m) return undefined;
  const local = m[1]!;
  const at = local.lastIndexOf('_');
  return at > 0 && at < local.length - 1 ? `${local.slice(0, at)}@${local.slice(at + 1)}` : undefined;
}

export function whoOf(target: RunTarget): Who {
  const id = target.id.trim();
  const who: Who = { query: id };
  if (target.kind === 'group') {
    if (id.includes('@')) who.mail = id;
    else who.name = id;
  } else {
    who.upn = id;
    const home = guestHomeMail(id);
    if (home) who.mail = home;
  }
  if (target.displayName) who.name = target.displayName;
  return who;
}
