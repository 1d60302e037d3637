/**
 * What the Client API mock answers, function by function. Errors use the success envelope's shape with
 * status "error" and HTTP 200 (the reference documents no error body: an assumption, see the catalog).
 */
import type { MockResponse } from '../http-kit';
import { json } from '../http-kit';
import type { ClientApiState } from './data';

type Fields = Readonly<Record<string, string>>;

export const success = (message: string, data: unknown): MockResponse =>
  json(200, { status: 'success', message, data });
export const failure = (message: string): MockResponse => json(200, { status: 'error', message });

function order(state: ClientApiState, fields: Fields): MockResponse {
  for (const name of ['product', 'ip', 'billingcycle']) {
    if (!fields[name]?.trim()) return failure(`missing required parameter: ${name}`);
  }
  const product = state.products.find((candidate) => candidate.name === fields.product);
  if (!product) return failure(`invalid product: ${fields.product} (see cpanellicensing/products)`);
  const ip = fields.ip ?? '';
  if (!/^(\d{1,3})(\.\d{1,3}){3}$/.test(ip) || ip.split('.').some((part) => Number(part) > 255))
    return failure(`invalid ip address: ${ip}`);
  const cycle = fields.billingcycle ?? '';
  if (!Object.hasOwn(product.pricing, cycle))
    return failure(`invalid billingcycle: ${cycle} (choose one of ${Object.keys(product.pricing).join(', ')})`);
  const gateway = fields.paymentgateway?.trim() || 'paypal';
  if (!Object.hasOwn(state.gateways, gateway))
    return failure(`invalid paymentgateway: ${gateway} (see billing/paymentgateways)`);
  if (state.orders.some((existing) => existing.ip === ip && existing.product === product.name))
    return failure(`a ${product.name} license already exists for ${ip}`);
  const placed = {
    ordernumber: 7_000_100 + state.orders.length,
    invoiceid: 31_000 + state.orders.length,
    orderstatus: 'Pending' as const,
    productactivated: 'success' as const,
    product: product.name,
    ip,
    billingcycle: cycle,
    paymentgateway: gateway,
  };
  state.orders.push(placed);
  const { ordernumber, invoiceid, orderstatus, productactivated } = placed;
  return success('order placed successfully', { ordernumber, invoiceid, orderstatus, productactivated });
}

const functions: Readonly<Record<string, (state: ClientApiState, fields: Fields) => MockResponse>> = {
  'client/getdetails': (state) => success('successfully retrieved client details', state.client),
  'client/licenses': (state) => success(`${state.licenses.length} licenses found`, state.licenses),
  'cpanellicensing/products': (state) =>
    success(
      `${state.products.length} products found`,
      Object.fromEntries(state.products.map((product) => [String(product.id), product])),
    ),
  'cpanellicensing/order': order,
  'billing/paymentgateways': (state) =>
    success(`${Object.keys(state.gateways).length} payment gateways found`, state.gateways),
};

export function answerClientApi(state: ClientApiState, fields: Fields): MockResponse {
  const apikey = fields.apikey ?? '';
  if (!apikey) return failure('missing required parameter: apikey');
  const enabled = state.keys.get(apikey);
  if (enabled === undefined) return failure('invalid apikey');
  if (!enabled) return failure('API access is not enabled for this account');
  if (!fields.apimodule) return failure('missing required parameter: apimodule');
  if (!fields.apifunction) return failure('missing required parameter: apifunction');
  const handler = functions[`${fields.apimodule}/${fields.apifunction}`];
  if (!handler) {
    const knownModule = Object.keys(functions).some((name) => name.startsWith(`${fields.apimodule}/`));
    return failure(
      knownModule ? `invalid apifunction: ${fields.apifunction}` : `invalid apimodule: ${fields.apimodule}`,
    );
  }
  return handler(state, fields);
}
