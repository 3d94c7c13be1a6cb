// One data row -> a target, or the problems that keep it from being one. This is the hot path of
// a 200,000-row file: plain string checks per cell, no allocation beyond the target itself, and
// problems built only when something is wrong. Every cell is checked even after a bad one, so the
// admin sees all of a row's problems at once.
import type { Catalog } from '../catalog';
import { findProduct, isGuid } from '../catalog';
import type { ColumnRole, CsvColumn, CsvProblem, Target, TargetAction, TargetKind } from './types';
import {
  addressKey,
  cleanAddress,
  isAddress,
  isGuestUpn,
  isPlainLowerAddress,
  looksLikeFormula,
  nameInAngleForm,
} from './address';
import { actionOf, guestFlag, memberCountOf } from './cell-values';
import { suggestUsageLocation, usageLocationCode } from './usage-location';
import { columnLetter } from './columns';
import { suggestAddress } from './suggest';

const RECENT_PRODUCTS = 8;

export class RowReader {
  private readonly user: number;
  private readonly group: number;
  private readonly product: number;
  private readonly location: number;
  private readonly name: number;
  private readonly guest: number;
  private readonly action: number;
  private readonly from: number;
  private readonly members: number;
  private readonly labels: string[];
  private readonly width: number;
  /** Cell text -> skuId (null: unknown). A file names few distinct products, so a short list
   * compared with === (no hashing of a fresh string per row) serves nearly every look-up. */
  private readonly recentTexts: string[] = [];
  private readonly recentSkus: (string | null)[] = [];
  private readonly skus = new Map<string, string | null>();
  private row = 0;
  private ok = true;

  constructor(
    columns: CsvColumn[],
    private readonly catalog: Catalog,
    private readonly defaultSkuId: string | undefined,
    private readonly problems: CsvProblem[],
  ) {
    const at = (role: ColumnRole) => columns.findIndex((c) => c.role === role);
    this.user = at('user');
    this.group = at('group');
    this.product = at('product');
    this.location = at('usageLocation');
    this.name = at('displayName');
    this.guest = at('guest');
    this.action = at('action');
    this.from = at('from');
    this.members = at('members');
    this.labels = columns.map((c, i) => c.header || columnLetter(i));
    this.width = columns.length;
  }

  private problem(severity: CsvProblem['severity'], code: string, index: number, extra: string[]): CsvProblem {
    const column = index >= 0 ? (this.labels[index] ?? columnLetter(index)) : '';
    const p: CsvProblem = { severity, code, row: this.row, column, params: [String(this.row), column, ...extra] };
    this.problems.push(p);
    return p;
  }

  private fail(code: string, index: number, ...extra: string[]): CsvProblem {
    this.ok = false;
    return this.problem('error', code, index, extra);
  }

  private badAddress(index: number, value: string): void {
    const p = this.fail(looksLikeFormula(value) ? 'formulaInCell' : 'invalidAddress', index, value);
    const suggestion = suggestAddress(value);
    if (suggestion) p.suggestion = suggestion;
  }

  private skuOf(text: string): string | null {
    const recent = this.recentTexts;
    for (let i = 0; i < recent.length; i++) if (recent[i] === text) return this.recentSkus[i]!;
    let sku = this.skus.get(text);
    if (sku === undefined) {
      sku = findProduct(this.catalog, text)?.skuId ?? null;
      this.skus.set(text, sku);
    }
    if (recent.length < RECENT_PRODUCTS) {
      recent.push(text);
      this.recentSkus.push(sku);
    }
    return sku;
  }

  read(cells: string[], row: number): Target | undefined {
    this.row = row;
    this.ok = true;
    // Extra cells from trailing delimiters are harmless; extra values are not.
    for (let i = this.width; i < cells.length; i++) {
      if (cells[i]!.trim() !== '') {
        this.problem('warning', 'tooManyColumns', -1, [String(cells.length), String(this.width)]);
        break;
      }
    }

    const userCell = cellAt(cells, this.user);
    const groupCell = cellAt(cells, this.group);
    let kind: TargetKind = 'user';
    let id = userCell || groupCell;
    let key = '';
    if (userCell && groupCell) this.fail('userAndGroupInOneRow', this.group, userCell, groupCell);
    else if (!userCell && !groupCell) this.fail('missingIdentifier', this.user >= 0 ? this.user : this.group);
    else if (userCell) {
      id = cleanAddress(userCell);
      // Most rows: a plain lower-case address, valid and its own key, not a guest UPN.
      const plain = isPlainLowerAddress(id);
      if (!plain && !isAddress(id)) this.badAddress(this.user, userCell);
      key = plain ? id : addressKey(id);
      const guestCell = cellAt(cells, this.guest);
      const flag = guestFlag(guestCell);
      if (flag === undefined) this.problem('warning', 'badGuestValue', this.guest, [guestCell]);
      kind = flag || (!plain && isGuestUpn(id)) ? 'guest' : 'user';
    } else {
      kind = 'group';
      if (isGuid(groupCell)) key = `id:${groupCell.toLowerCase()}`;
      else if (groupCell.includes('@')) {
        id = cleanAddress(groupCell);
        if (!isAddress(id)) this.badAddress(this.group, groupCell);
        key = addressKey(id);
      } else key = `group:${groupCell.toLowerCase().replace(/\s+/g, ' ')}`;
    }

    const productCell = cellAt(cells, this.product);
    let skuId = this.defaultSkuId;
    if (productCell) {
      const sku = this.skuOf(productCell);
      if (sku === null) this.fail('unknownProduct', this.product, productCell);
      else skuId = sku;
    }

    const actionCell = cellAt(cells, this.action);
    let action: TargetAction | undefined = actionCell ? actionOf(actionCell) : 'assign';
    if (!action) this.fail('unknownAction', this.action, actionCell);

    const fromCell = cellAt(cells, this.from);
    let from: string | undefined;
    if (fromCell) {
      from = cleanAddress(fromCell);
      if (!isAddress(from)) this.badAddress(this.from, fromCell);
      else if (action === 'assign' && actionCell === '') action = 'reassign';
    }
    if (action === 'reassign' && !from) this.fail('missingFrom', this.action, id);

    let usageLocation: string | undefined;
    const locationCell = cellAt(cells, this.location);
    if (locationCell) {
      usageLocation = usageLocationCode(locationCell);
      if (!usageLocation) {
        const p = this.problem('warning', 'badUsageLocation', this.location, [locationCell]);
        const suggestion = suggestUsageLocation(locationCell);
        if (suggestion) p.suggestion = suggestion;
      }
    }

    let memberCount: number | undefined;
    const membersCell = kind === 'group' ? cellAt(cells, this.members) : '';
    if (membersCell) {
      memberCount = memberCountOf(membersCell);
      if (memberCount === undefined) this.problem('warning', 'badMemberCount', this.members, [membersCell]);
    }

    if (!this.ok || !action) return undefined;
    // One object shape for the common fields (present or undefined), the rare ones added only
    // when present: few shapes and small objects keep 200,000 targets cheap to build and read.
    const displayName = cellAt(cells, this.name) || (kind !== 'group' ? nameInAngleForm(userCell) : undefined);
    const target: Target = { row, kind, id, key, action, skuId, usageLocation, displayName };
    if (from) target.from = from;
    if (memberCount !== undefined) target.memberCount = memberCount;
    return target;
  }
}

function cellAt(cells: string[], index: number): string {
  if (index < 0) return '';
  const cell = cells[index];
  if (cell === undefined || cell.length === 0) return '';
  // Most cells need no trimming; checking both ends is cheaper than trim() on every cell.
  return cell.charCodeAt(0) > 32 && cell.charCodeAt(cell.length - 1) > 32 ? cell : cell.trim();
}
