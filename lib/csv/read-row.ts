// One data row -> a target, or the problems that keep it from being one. This is the hot path of
// a 200,000-row file: plain string checks per cell, no allocation beyond the target itself, and
// problems built only when something is wrong. Every cell is checked even after a bad one, so the
// admin sees all of a row's problems at once.
import type { Catalog } from '../catalog';
import type { ColumnRole, CsvColumn, CsvProblem, Target, TargetAction, TargetKind } from './types';
import { addressKey, isAddress, isGuestUpn, isPlainLowerAddress, looksLikeFormula, nameInAngleForm } from './address';
import { readAddress, isRefusal, shownValue } from './read-address';
import { objectIdOf } from './object-id';
import { actionOf, guestFlag, memberCountOf } from './cell-values';
import { suggestUsageLocation } from './usage-location';
import { LocationReader } from './location-reader';
import { ProductMemo } from './product-memo';
import { heldProductsOf } from './held-products';
import { columnLetter } from './columns';
import { suggestAddress } from './suggest';

type Identity = { id: string; key: string; ok: boolean };

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
  private readonly held: number;
  private readonly labels: string[];
  private readonly width: number;
  private readonly products: ProductMemo;
  private readonly locations = new LocationReader();
  private row = 0;
  private rowId = '';
  private ok = true;

  constructor(
    columns: CsvColumn[],
    catalog: Catalog,
    private readonly defaultSkuId: string | undefined,
    private readonly problems: CsvProblem[],
    private readonly lossy = false,
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
    this.held = at('held');
    this.labels = columns.map((c, i) => c.header || columnLetter(i));
    this.width = columns.length;
    this.products = new ProductMemo(catalog);
  }

  private problem(severity: CsvProblem['severity'], code: string, index: number, extra: string[]): CsvProblem {
    const column = index >= 0 ? (this.labels[index] ?? columnLetter(index)) : '';
    const params = [String(this.row), column, ...extra.map(shownValue)];
    const p: CsvProblem = { severity, code, row: this.row, column, params };
    if (this.rowId) p.id = shownValue(this.rowId);
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

  /** An address cell that is not plain: unwrapped, checked, and its key made. */
  private address(cell: string, index: number): Identity {
    const read = readAddress(cell);
    const id = read.id;
    if (read.issue) {
      if (isRefusal(read.issue)) {
        this.fail(read.issue, index, id);
        return { id, key: addressKey(id), ok: false };
      }
      this.problem('warning', read.issue, index, [id]);
    }
    if (!isAddress(id)) {
      this.badAddress(index, cell);
      return { id, key: addressKey(id), ok: false };
    }
    return { id, key: addressKey(id), ok: true };
  }

  /** Bytes that were not valid UTF-8 show as U+FFFD: name the first cell holding one. */
  private replacedBytes(cells: string[]): void {
    const index = cells.findIndex((c) => c.includes('\ufffd'));
    if (index >= 0) this.problem('warning', 'invalidUtf8', index, [cells[index]!]);
  }

  read(cells: string[], row: number): Target | undefined {
    this.row = row;
    this.ok = true;
    const userCell = cellAt(cells, this.user);
    const groupCell = cellAt(cells, this.group);
    this.rowId = userCell || groupCell;
    if (this.lossy) this.replacedBytes(cells);
    // Extra cells from trailing delimiters are harmless; extra values are not.
    for (let i = this.width; i < cells.length; i++) {
      if (cells[i]!.trim() !== '') {
        this.problem('warning', 'tooManyColumns', -1, [String(cells.length), String(this.width)]);
        break;
      }
    }

    let kind: TargetKind = 'user';
    let id = this.rowId;
    let key = '';
    if (userCell && groupCell) this.fail('userAndGroupInOneRow', this.group, userCell, groupCell);
    else if (!userCell && !groupCell) this.fail('missingIdentifier', this.user >= 0 ? this.user : this.group);
    else if (userCell) {
      // Most rows: a plain lower-case address, valid and its own key, not a guest UPN.
      const plain = isPlainLowerAddress(userCell);
      const objectId = plain ? undefined : objectIdOf(userCell);
      if (plain) key = userCell;
      else if (objectId) {
        id = objectId;
        key = `id:${objectId}`;
      } else ({ id, key } = this.address(userCell, this.user));
      const guestCell = cellAt(cells, this.guest);
      const flag = guestFlag(guestCell);
      if (flag === undefined) this.problem('warning', 'badGuestValue', this.guest, [guestCell]);
      kind = flag || (!plain && isGuestUpn(id)) ? 'guest' : 'user';
    } else {
      kind = 'group';
      const objectId = objectIdOf(groupCell);
      if (objectId) {
        id = objectId;
        key = `id:${objectId}`;
      } else if (groupCell.includes('@')) ({ id, key } = this.address(groupCell, this.group));
      else key = `group:${groupCell.toLowerCase().replace(/\s+/g, ' ')}`;
    }

    const productCell = cellAt(cells, this.product);
    let skuId = this.defaultSkuId;
    if (productCell) {
      const sku = this.products.skuOf(productCell);
      if (sku === null) this.fail('unknownProduct', this.product, productCell);
      else skuId = sku;
    }

    const actionCell = cellAt(cells, this.action);
    let action: TargetAction | undefined = actionCell ? actionOf(actionCell) : 'assign';
    if (!action) this.fail('unknownAction', this.action, actionCell);

    const fromCell = cellAt(cells, this.from);
    let from: string | undefined;
    if (fromCell) {
      const read = isPlainLowerAddress(fromCell) ? undefined : this.address(fromCell, this.from);
      from = read ? read.id : fromCell;
      if (read?.ok !== false && action === 'assign' && actionCell === '') action = 'reassign';
    }
    if (action === 'reassign' && !from) this.fail('missingFrom', this.action, id);

    const locationCell = cellAt(cells, this.location);
    const usageLocation = locationCell ? this.locations.read(locationCell) : undefined;
    if (locationCell && !usageLocation) {
      const p = this.problem('warning', 'badUsageLocation', this.location, [locationCell]);
      const suggestion = suggestUsageLocation(locationCell);
      if (suggestion) p.suggestion = suggestion;
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
    if (this.held >= 0 && kind !== 'group') target.heldProducts = heldProductsOf(cellAt(cells, this.held));
    return target;
  }

  /** File-level information gathered while reading (country names read as codes). */
  finish(): void {
    if (this.location >= 0) this.locations.finish(this.problems, this.labels[this.location]!);
  }
}

function cellAt(cells: string[], index: number): string {
  if (index < 0) return '';
  const cell = cells[index];
  if (cell === undefined || cell.length === 0) return '';
  // Most cells need no trimming; checking both ends is cheaper than trim() on every cell.
  return cell.charCodeAt(0) > 32 && cell.charCodeAt(cell.length - 1) > 32 ? cell : cell.trim();
}
