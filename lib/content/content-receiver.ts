// Messages a content script receives (getOutline, runPoke, runNextStep, readHolders) carry no payload, so their shape and
// sender are checked here without lib/messages.ts's zod schemas, which would push the content
// script past its size budget. Senders are the extension's own pages and its service worker.
import type { ReceiverContext, Sender } from '../messages';

export type ContentMessageType = 'getOutline' | 'runPoke' | 'runNextStep' | 'readHolders';
const TYPES: readonly string[] = ['getOutline', 'runPoke', 'runNextStep', 'readHolders'] satisfies ContentMessageType[];

/** The message's type when it is one of ours, exactly `{ type }`, from the extension itself. */
export function contentMessageType(raw: unknown, sender: Sender, ids: ReceiverContext): ContentMessageType | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const keys = Object.keys(raw);
  const type = (raw as { type?: unknown }).type;
  if (keys.length !== 1 || typeof type !== 'string' || !TYPES.includes(type)) return undefined;
  if (sender.id !== ids.extensionId) return undefined;
  // Our content scripts in other tabs share the id but send from web pages: the URL tells them apart.
  const fromExtension = sender.url !== undefined ? sender.url.startsWith(ids.extensionOrigin) : !sender.tab;
  return fromExtension ? (type as ContentMessageType) : undefined;
}
