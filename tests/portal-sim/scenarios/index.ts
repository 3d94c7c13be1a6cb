// Loading scenarios: the bundled JSON files by name, or any JSON file by path.
import { readFileSync } from 'node:fs';
import { parseScenario, type Scenario } from './schema.ts';

export { makeScenario, SKU, type MakeScenarioOptions } from './generate.ts';
export { parseScenario, type Scenario, type ScenarioInput, type Faults } from './schema.ts';

/** `loadScenario('default')` reads scenarios/default.json; a path ending in .json is read as given. */
export function loadScenario(nameOrPath = 'default'): Scenario {
  const url = nameOrPath.endsWith('.json') ? nameOrPath : new URL(`./${nameOrPath}.json`, import.meta.url);
  return parseScenario(JSON.parse(readFileSync(url, 'utf8')));
}

export function defaultScenario(): Scenario {
  return loadScenario('default');
}
