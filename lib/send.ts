// Typed senders: the browser edge of lib/messages.ts.
import { browser } from 'wxt/browser';
import { isRefusal, type MessageOf, type MessageType, type Responses } from './messages';

/** A refused message is an error in the admin's words, never an answer read as success. */
function accepted<R>(answer: R): R {
  if (isRefusal(answer)) throw new Error(browser.i18n.getMessage('messageRefused'));
  return answer;
}

export async function sendMessage<T extends MessageType>(message: MessageOf<T>): Promise<Responses[T]> {
  return accepted(await browser.runtime.sendMessage<MessageOf<T>, Responses[T]>(message));
}

export function sendToTab<T extends MessageType>(
  tabId: number,
  message: MessageOf<T>,
  frameId = 0,
): Promise<Responses[T]> {
  return browser.tabs.sendMessage<MessageOf<T>, Responses[T]>(tabId, message, { frameId }).then(accepted);
}
