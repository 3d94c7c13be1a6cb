// Builds the compact product catalogue shipped in the bundle from Microsoft's product and
// service-plan table (../shared/data, one row per product and plan, ~1 MB) — a few dozen KB instead.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = resolve(
  process.env.LICENSE_PILOT_PRODUCT_TABLE ??
    resolve(root, '../shared/data/microsoft-product-names-and-service-plans.csv'),
);
const target = resolve(root, 'lib/catalog/generated/catalog.json');

if (!existsSync(source)) {
  console.error(`Product table not found at ${source}. Put shared/ beside the repository or set LICENSE_PILOT_PRODUCT_TABLE.`);
  process.exit(1);
}

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

mkdirSync(dirname(target), { recursive: true });
const out = { source: 'microsoft-product-names-and-service-plans.csv', plans, products: [...products.values()] };
writeFileSync(target, JSON.stringify(out));
console.log(`catalog: ${out.products.length} products, ${plans.length} service plans -> ${target}`);
