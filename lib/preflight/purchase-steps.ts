// The purchase checklist (Billing > Purchase services > product > Details > quantity > Buy >
// checkout). Data for the UI to show; the extension never clicks any of it.
import type { GuidedStep } from './types';

const step = (id: string, code: string, params: string[] = []): GuidedStep => ({ id, code, params, automated: false });

export function purchaseSteps(productName: string, quantity: number): GuidedStep[] {
  return [
    step('billing', 'buyStepBilling'),
    step('purchaseServices', 'buyStepPurchaseServices'),
    step('findProduct', 'buyStepFindProduct', [productName]),
    step('details', 'buyStepDetails'),
    step('quantity', 'buyStepQuantity', [String(quantity)]),
    step('buy', 'buyStepBuy'),
    step('checkout', 'buyStepCheckout'),
    step('recheck', 'buyStepRecheck'),
  ];
}
