// Every message between the parts of License Pilot, one zod schema each in one discriminated union.
// Receivers parse what they get and check who sent it (see `handleMessage`); senders are typed.
import * as z from 'zod/mini';
import { isPortalUrl } from './portals/hosts';
import type { PageReport } from './portals/types';

const productSeats = z.object({
  name: z.string(),
  skuId: z.optional(z.string()),
  total: z.optional(z.number()),
  assigned: z.optional(z.number()),
  available: z.optional(z.number()),
});

export const pageReportSchema = z.object({
  portal: z.enum(['admin-center', 'azure-portal', 'entra']),
  page: z.enum(['licenses', 'product', 'other']),
  pane: z.nullable(z.literal('assign')),
  locale: z.string(),
  url: z.string(),
  products: z.array(productSeats),
  product: z.optional(productSeats),
  canAssignHere: z.boolean(),
  missing: z.array(z.string()),
  at: z.string(),
});

/** Who may send a message: a content script on a portal page, or one of the extension's own pages. */
type Origin = 'content' | 'extension';

const messages = {
  /** Content script -> background: what the page shows now. */
  pageReport: { origin: 'content', schema: z.object({ type: z.literal('pageReport'), report: pageReportSchema }) },
  /** Extension page -> content script: an outline of the page for "Copy diagnostics". */
  getOutline: { origin: 'extension', schema: z.object({ type: z.literal('getOutline') }) },
} as const satisfies Record<string, { origin: Origin; schema: z.ZodMiniType }>;

export type MessageType = keyof typeof messages;
export type MessageOf<T extends MessageType> = z.infer<(typeof messages)[T]['schema']>;
export type Message = { [T in MessageType]: MessageOf<T> }[MessageType];

/** What each message is answered with. */
export type Responses = {
  pageReport: { stored: boolean };
  getOutline: { outline: unknown };
};

export const messageSchema = z.discriminatedUnion('type', [
  messages.pageReport.schema,
  messages.getOutline.schema,
]);

// Compile-time check that the union lists every message.
type Listed = z.infer<typeof messageSchema>['type'];
const everyMessageListed: [MessageType] extends [Listed] ? true : never = true;
void everyMessageListed;

export type Sender = {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
};

export type Handlers = {
  [T in MessageType]?: (message: MessageOf<T>, sender: Sender) => Promise<Responses[T]> | Responses[T];
};

export type ReceiverContext = { extensionId: string; extensionOrigin: string };

/** Why a message was refused; the listener answers nothing for these. */
export type Refusal = 'malformed' | 'unknownSender' | 'unhandled';

export function checkSender(origin: Origin, sender: Sender, ctx: ReceiverContext): boolean {
  if (sender.id !== ctx.extensionId) return false;
  if (origin === 'content') return !!sender.tab && isPortalUrl(sender.url ?? sender.tab.url);
  return (sender.url ?? '').startsWith(ctx.extensionOrigin);
}

/** Parses, checks the sender, and runs the handler; refusals resolve to `{ refused }`. */
export async function handleMessage(
  handlers: Handlers,
  raw: unknown,
  sender: Sender,
  ctx: ReceiverContext,
): Promise<Responses[MessageType] | { refused: Refusal }> {
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) return { refused: 'malformed' };
  const message = parsed.data as Message;
  if (!checkSender(messages[message.type].origin, sender, ctx)) return { refused: 'unknownSender' };
  const handler = handlers[message.type] as
    | ((m: Message, s: Sender) => Promise<Responses[MessageType]> | Responses[MessageType])
    | undefined;
  if (!handler) return { refused: 'unhandled' };
  return handler(message, sender);
}

export type PageReportMessage = MessageOf<'pageReport'> & { report: PageReport };
