// Typed senders: the browser edge of lib/messages.ts.
import { browser } from 'wxt/browser';
import type { MessageOf, MessageType, Responses } from '../messages';

export function sendMessage<T extends MessageType>(message: MessageOf<T>): Promise<Responses[T]> {
  return browser.runtime.sendMessage(message) as Promise<Responses[T]>;
}

export function sendToTab<T extends MessageType>(
  tabId: number,
  message: MessageOf<T>,
  frameId = 0,
): Promise<Responses[T]> {
  return browser.tabs.sendMessage(tabId, message, { frameId }) as Promise<Responses[T]>;
}
