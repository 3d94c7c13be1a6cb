// The Licenses column of the admin center's "Export users" file says what a user already holds:
// product display names joined by "+", or "Unlicensed". It describes the tenant as it is and is
// never the product to assign.

const UNLICENSED = new Set(['unlicensed', 'nietgelicentieerd', 'geenlicentie', 'nichtlizenziert', 'sanslicence']);

function balanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 /* ( */) depth++;
    else if (c === 41 /* ) */) depth--;
  }
  return depth <= 0;
}

/**
 * The product names of a Licenses cell, as written. The export joins names with a bare "+", while
 * a few product names hold one themselves ("Enterprise Mobility + Security E3", "(E3/E5+VDA)"): a
 * "+" with a space beside it, or inside parentheses, belongs to the name.
 */
export function heldProductsOf(cell: string): string[] {
  const text = cell.trim();
  if (text === '' || UNLICENSED.has(text.toLowerCase().replace(/[\s-]+/g, ''))) return [];
  const names: string[] = [];
  let current = '';
  for (const piece of text.split('+')) {
    if (current === '') {
      current = piece;
      continue;
    }
    const joined = /\s$/.test(current) || /^\s/.test(piece) || !balanced(current);
    if (joined) current += `+${piece}`;
    else {
      names.push(current.trim());
      current = piece;
    }
  }
  names.push(current.trim());
  return names.filter((n) => n !== '');
}
