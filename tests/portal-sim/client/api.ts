// Calls to the simulator's JSON API. A 401 means the session expired: go to the sign-in page and
// come back here afterwards, as the portals do.
import type { SignInRequired } from '../shared/types.ts';

export class ApiError extends Error {
  constructor(readonly status: number) {
    super(`API answered ${status}`);
  }
}

function goToSignIn(loginBase: string): void {
  const back = encodeURIComponent(location.href);
  location.assign(
    `${loginBase}/common/oauth2/v2.0/authorize?client_id=00000006-0000-0ff1-ce00-000000000000&response_mode=form_post&redirect_uri=${back}`,
  );
}

export async function api<T>(route: string, body?: unknown): Promise<T> {
  const res = await fetch(
    `/__sim/api/${route}`,
    body === undefined
      ? { method: 'GET' }
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  if (res.status === 401) {
    const info = (await res.json()) as SignInRequired;
    goToSignIn(info.location);
    return new Promise<T>(() => {}); // the page is leaving
  }
  if (!res.ok) throw new ApiError(res.status);
  return (await res.json()) as T;
}
