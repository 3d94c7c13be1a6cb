// Typed senders: the browser edge of lib/messages.ts.
import { browser } from 'wxt/browser';
import type { MessageOf, MessageType, Responses } from './messages';

export function sendMessage<T extends MessageType>(message: MessageOf<T>): Promise<Responses[T]> {
  return browser.runtime.sendMessage<MessageOf<T>, Responses[T]>(message);
}

export function sendToTab<T extends MessageType>(
  tabId: number,
  message: MessageOf<T>,
  frameId = 0,
): Promise<Responses[T]> {
  return browser.tabs.sendMessage<MessageOf<T>, Responses[T]>(tabId, message, { frameId });
}
