/**
 * The NDCHost Client API (a WHMCS addon reached with m=clientapi): every module/function the
 * reference lists. Endpoint ids are `<apimodule>/<apifunction>`; the builder sends them as fields.
 */
import type { EndpointSpec } from '../catalog';

const commonNotes = [
  'Every call sends m=clientapi, apikey, apimodule and apifunction; the API accepts POST or GET, and POST is recommended.',
  'The response must be application/json: the reference client refuses anything else ("api response was not JSON").',
  'The reference names https://customer.ndchost.com/index.php but its examples post to /whmcs/index.php: edit the path if your portal lives under /whmcs/.',
];

export const whmcsClientApiCatalog: readonly EndpointSpec[] = [
  {
    id: 'client/getdetails',
    group: 'Client',
    name: 'Get client details',
    method: 'POST',
    path: 'index.php',
    params: [],
    auth: 'apikey',
    description: 'Returns your client record (name, company, email, address, last login) in `data`.',
    notes: [...commonNotes, 'Example message: "successfully retrieved client details".'],
    popular: true,
  },
  {
    id: 'client/licenses',
    group: 'Client',
    name: 'List licenses',
    method: 'POST',
    path: 'index.php',
    params: [],
    auth: 'apikey',
    description: "Lists the client's licenses.",
    notes: commonNotes,
    assumption:
      'Listed in one revision of the reference only, without a details page: the response shape (a list of licenses in `data`) is inferred.',
  },
  {
    id: 'cpanellicensing/products',
    group: 'cPanel licensing',
    name: 'List cPanel license products',
    method: 'POST',
    path: 'index.php',
    params: [],
    auth: 'apikey',
    description:
      'The cPanel license products you can order, keyed by product id, each with its pricing per billing cycle.',
    notes: [
      ...commonNotes,
      'Product entries: id, name, description, paytype "recurring", autosetup "order", pricing {Monthly, Quarterly, Semi-Annually}. Example message: "6 products found".',
    ],
    popular: true,
  },
  {
    id: 'cpanellicensing/order',
    group: 'cPanel licensing',
    name: 'Order a cPanel license',
    method: 'POST',
    path: 'index.php',
    params: [
      {
        name: 'product',
        in: 'params',
        type: 'string',
        required: true,
        description: 'The product name, as listed by cpanellicensing/products.',
        example: 'cPanel Solo',
      },
      {
        name: 'ip',
        in: 'params',
        type: 'string',
        required: true,
        description: 'The IP address the license is bound to.',
        example: '203.0.113.10',
        pattern: '^(\\d{1,3}\\.){3}\\d{1,3}$',
      },
      {
        name: 'billingcycle',
        in: 'params',
        type: 'string',
        required: true,
        description: "One of the product's pricing keys.",
        enum: ['Monthly', 'Quarterly', 'Semi-Annually'],
        example: 'Monthly',
      },
      {
        name: 'paymentgateway',
        in: 'params',
        type: 'string',
        required: false,
        description: 'A gateway module name from billing/paymentgateways; the account default when omitted.',
        example: 'paypal',
      },
    ],
    auth: 'apikey',
    description:
      'Places an order for a cPanel license. `data` holds ordernumber, invoiceid, orderstatus and productactivated.',
    notes: [...commonNotes, 'orderstatus is "Pending" until staff approve the order, "Review" if activation failed.'],
  },
  {
    id: 'billing/paymentgateways',
    group: 'Billing',
    name: 'List payment gateways',
    method: 'POST',
    path: 'index.php',
    params: [],
    auth: 'apikey',
    description: 'The payment gateways you can name in an order (paymentgateway).',
    notes: commonNotes,
    assumption: 'Referenced by the order page only: the response shape (gateways keyed by module name) is inferred.',
  },
];

/** Splits an endpoint id into the module and function the API expects. */
export function moduleAndFunction(endpointId: string): { apimodule: string; apifunction: string } {
  const [apimodule = '', apifunction = ''] = endpointId.split('/');
  return { apimodule, apifunction };
}
