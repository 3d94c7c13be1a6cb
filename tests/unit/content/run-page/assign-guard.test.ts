import { afterEach, describe, expect, it } from 'vitest';
import { guardAssignButton } from '../../../../lib/content/run-page/assign-guard';
import { fakePage, type FakePage } from './fake-page';

let page: FakePage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

describe('guardAssignButton', () => {
  it('stops an Assign click the run has not recorded, and lets a recorded one through', () => {
    page = fakePage();
    page.openPane();
    const gate = { open: false };
    let blocked = 0;
    const remove = guardAssignButton(
      page.doc,
      page.win,
      gate,
      () => true,
      () => blocked++,
    );
    const assign = page.doc.querySelector<HTMLButtonElement>('.ms-Button--primary')!;
    assign.click();
    expect(page.clicks).toEqual([]);
    expect(blocked).toBe(1);
    gate.open = true;
    assign.click();
    expect(page.clicks).toEqual(['assign']);
    remove();
  });

  it('leaves the page alone when no run works the tab, and other buttons always', () => {
    page = fakePage();
    const pane = page.openPane();
    let blocked = 0;
    guardAssignButton(
      page.doc,
      page.win,
      { open: false },
      () => false,
      () => blocked++,
    );
    page.doc.querySelector<HTMLButtonElement>('.ms-Button--primary')!.click();
    expect(page.clicks).toEqual(['assign']);
    guardAssignButton(
      page.doc,
      page.win,
      { open: false },
      () => true,
      () => blocked++,
    );
    pane.querySelector<HTMLButtonElement>('.ms-Panel-closeButton')!.click();
    expect(page.doc.querySelector('[role=dialog]')).toBeNull();
    expect(blocked).toBe(0);
  });
});
