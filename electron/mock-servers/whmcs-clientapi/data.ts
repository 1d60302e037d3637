/**
 * The Client API mock's in-memory account, seeded the same way on every start (the client record is the
 * reference's own sample: 1001 Ave Pico, San Clemente).
 */
import { whmcsClientApiDemoKey } from '../../../shared/providers/whmcs-clientapi/definition';

export interface Product {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly paytype: 'recurring';
  readonly autosetup: 'order';
  readonly pricing: Readonly<Record<'Monthly' | 'Quarterly' | 'Semi-Annually', string>>;
}

export interface Order {
  readonly ordernumber: number;
  readonly invoiceid: number;
  readonly orderstatus: 'Pending' | 'Review';
  readonly productactivated: 'success' | 'failed';
  readonly product: string;
  readonly ip: string;
  readonly billingcycle: string;
  readonly paymentgateway: string;
}

export interface ClientApiState {
  /** apikey → whether API access is enabled for that client. */
  readonly keys: Map<string, boolean>;
  readonly client: Readonly<Record<string, string | number>>;
  readonly products: readonly Product[];
  readonly licenses: readonly Readonly<Record<string, string | number>>[];
  readonly gateways: Readonly<Record<string, { readonly module: string; readonly displayname: string }>>;
  readonly orders: Order[];
}

/** A key whose client has not pressed "Enable API": the mock refuses it with its own message. */
export const disabledDemoKey = 'parley-demo-clientapi-disabled-0000';

function product(id: number, name: string, description: string, monthly: number): Product {
  return {
    id,
    name,
    description,
    paytype: 'recurring',
    autosetup: 'order',
    pricing: {
      Monthly: monthly.toFixed(2),
      Quarterly: (monthly * 3 * 0.97).toFixed(2),
      'Semi-Annually': (monthly * 6 * 0.94).toFixed(2),
    },
  };
}

export function seedClientApiState(): ClientApiState {
  return {
    keys: new Map([
      [whmcsClientApiDemoKey, true],
      [disabledDemoKey, false],
    ]),
    client: {
      id: 1042,
      firstname: 'Demo',
      lastname: 'Client',
      companyname: 'Parley Demo Hosting',
      email: 'demo.client@example.com',
      address1: '1001 Ave Pico',
      address2: '',
      city: 'San Clemente',
      state: 'CA',
      postcode: '92673',
      country: 'US',
      phonenumber: '949-555-0100',
      lastlogin: '2012-08-01 18:30:56',
    },
    products: [
      product(101, 'cPanel Solo', 'cPanel license for one account (VPS or dedicated)', 15.99),
      product(102, 'cPanel Admin', 'cPanel license for up to 5 accounts', 24.99),
      product(103, 'cPanel Pro', 'cPanel license for up to 30 accounts', 34.99),
      product(104, 'cPanel Premier', 'cPanel license for up to 100 accounts', 49.99),
      product(105, 'CloudLinux', 'CloudLinux OS license', 12),
      product(106, 'LiteSpeed Web Server', 'LiteSpeed license for one server', 10),
    ],
    licenses: [
      {
        id: 5001,
        product: 'cPanel Solo',
        ip: '203.0.113.10',
        status: 'Active',
        billingcycle: 'Monthly',
        nextduedate: '2026-12-01',
      },
      {
        id: 5002,
        product: 'CloudLinux',
        ip: '203.0.113.11',
        status: 'Suspended',
        billingcycle: 'Quarterly',
        nextduedate: '2026-10-15',
      },
    ],
    gateways: {
      paypal: { module: 'paypal', displayname: 'PayPal' },
      authorize: { module: 'authorize', displayname: 'Credit Card' },
      mailin: { module: 'mailin', displayname: 'Mail In Payment' },
    },
    orders: [],
  };
}
