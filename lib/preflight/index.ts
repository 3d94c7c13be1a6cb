// Pre-flight: pure checks of the targets against what the page shows and the settings.
export { runPreflight } from './run-preflight';
export { runnableTargets, type RunnableTargets, type TargetDecision } from './runnable-targets';
export { purchaseSteps } from './purchase-steps';
export * from './types';
