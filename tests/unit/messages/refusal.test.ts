import { describe, expect, it } from 'vitest';
import { handleMessage, isRefusal, type Handlers } from '../../../lib/messages';

const ctx = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' };
const fromPage = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

describe('refused messages', () => {
  it('a malformed message or one without a handler is answered with a refusal the sender can tell apart', async () => {
    const none: Handlers = {};
    const malformed = await handleMessage(none, { type: 'runControl', command: 'launch' }, fromPage, ctx);
    const unhandled = await handleMessage(none, { type: 'clearCsv' }, fromPage, ctx);
    expect(isRefusal(malformed)).toBe(true);
    expect(isRefusal(unhandled)).toBe(true);
  });

  it('ordinary answers, errors included, are not refusals', () => {
    expect(isRefusal({ cleared: true })).toBe(false);
    expect(isRefusal({ error: 'noRun' })).toBe(false);
    expect(isRefusal(undefined)).toBe(false);
  });
});
