// Refreshes the compact product catalogue (data/product-catalog.json) from a download of Microsoft's
// "Product names and service plan identifiers for licensing" table (one row per product and plan,
// ~1 MB): `npm run catalog:update -- <file.csv> [--date YYYY-MM-DD]`. The catalogue is committed, so
// installing, building and testing read nothing outside the repository.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const SOURCE_PAGE = 'https://learn.microsoft.com/en-us/entra/identity/users/licensing-service-plan-reference';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dateAt = args.indexOf('--date');
const sourceDate = dateAt >= 0 ? args[dateAt + 1] : new Date().toISOString().slice(0, 10);
const file = args.find((a, i) => !a.startsWith('--') && i !== dateAt + 1);
const target = resolve(root, 'data/product-catalog.json');

if (!file || !existsSync(file)) {
  console.error(
    `Usage: npm run catalog:update -- <downloaded table.csv> [--date YYYY-MM-DD]\nDownload the CSV from ${SOURCE_PAGE}.`,
  );
  process.exit(1);
}
if (!/^\d{4}-\d{2}(-\d{2})?$/.test(sourceDate ?? '')) {
  console.error('--date takes the day (YYYY-MM-DD) or month (YYYY-MM) the table was published or downloaded.');
  process.exit(1);
}
const source = resolve(file);

const text = readFileSync(source, 'utf8').replace(/^\uFEFF/, '');
const { data } = Papa.parse(text, { header: true, skipEmptyLines: true });

const planIndex = new Map();
const plans = [];
const products = new Map();
for (const row of data) {
  const guid = row.GUID?.trim().toLowerCase();
  if (!guid) continue;
  let product = products.get(guid);
  if (!product) {
    product = [row.Product_Display_Name.trim(), row.String_Id.trim(), guid, []];
    products.set(guid, product);
  }
  const planId = row.Service_Plan_Id?.trim().toLowerCase();
  if (!planId) continue;
  // Plans are kept by name only: coverage needs identity, not the plan's GUID.
  if (!planIndex.has(planId)) {
    planIndex.set(planId, plans.length);
    plans.push(row.Service_Plan_Name.trim());
  }
  const index = planIndex.get(planId);
  if (!product[3].includes(index)) product[3].push(index);
}

if (products.size < 100) {
  console.error(`Only ${products.size} products read from ${source}: is this Microsoft's table?`);
  process.exit(1);
}
const out = { source: SOURCE_PAGE, sourceDate, plans, products: [...products.values()] };
writeFileSync(target, JSON.stringify(out));
console.log(`catalog: ${out.products.length} products, ${plans.length} service plans -> ${target}`);
