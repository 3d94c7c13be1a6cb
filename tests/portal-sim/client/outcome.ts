// The portal's words for a change result: MessageBars for the assign pane and the product page.
import type { ChangeResult, ErrorCode, TargetType } from '../shared/types.ts';
import { t } from './context.ts';
import { messageBar } from './fluent.ts';
import type { LabelKey } from '../shared/labels/index.ts';

const ERROR_LABEL: Record<ErrorCode, LabelKey> = {
  outOfLicenses: 'errOutOfLicenses',
  usageLocation: 'errUsageLocation',
  conflictingPlans: 'errConflictingPlans',
  inheritedFromGroup: 'errInheritedFromGroup',
  notFound: 'errNotFound',
  tooMany: 'tooManyUsers',
  other: 'errOther',
};

export const errorText = (code: ErrorCode): string => t(ERROR_LABEL[code]);

function kindWord(kind: TargetType, count: number): string {
  if (kind === 'group') return t(count === 1 ? 'kindGroup' : 'kindGroups');
  return t(count === 1 ? 'kindUser' : 'kindUsers');
}

export function assignMessages(result: ChangeResult, kind: TargetType): HTMLElement[] {
  const bars: HTMLElement[] = [];
  const count = result.applied.length;
  if (count > 0) {
    const key = count === 1 ? 'successOne' : 'successMany';
    bars.push(messageBar('success', t(key, { product: result.product.name, count, kind: kindWord(kind, count) })));
  }
  if (result.code) bars.push(messageBar('error', errorText(result.code)));
  else if (result.warning) bars.push(messageBar('warning', errorText(result.warning)));
  else if (result.errors.length > 0) bars.push(errorBar(result));
  return bars;
}

export function unassignMessages(result: ChangeResult): HTMLElement[] {
  const bars: HTMLElement[] = [];
  if (result.applied.length > 0) bars.push(messageBar('success', t('unassignedOk', { count: result.applied.length })));
  if (result.errors.length > 0) bars.push(errorBar(result));
  return bars;
}

function errorBar(result: ChangeResult): HTMLElement {
  const total = result.applied.length + result.errors.length;
  const details = result.errors.map((e) => `${e.name}: ${errorText(e.code)}`);
  const head =
    result.errors.length === 1 && total === 1
      ? errorText(result.errors[0]?.code ?? 'other')
      : t('partial', { failed: result.errors.length, total });
  return messageBar('error', head, details);
}
