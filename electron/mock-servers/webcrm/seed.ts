/**
 * The webCRM mock's data: every entity of the schema as full DTO rows (every column present, as webCRM
 * returns them), seeded deterministically with realistic, partly non-ASCII names.
 */
import { webcrmOpenApi } from '../../../shared/providers/webcrm/openapi/digest.generated';
import { webcrmSqlSchema, type SqlEntity } from '../../../shared/providers/webcrm/sql/schema';

export type Row = Record<string, string | number | boolean | null>;
export type Tables = Map<string, Row[]>;

/** mulberry32: a tiny seeded PRNG, so every start of the mock has the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const organisationNames = [
  'Acme Nordic A/S',
  'Ærø Fiskeri ApS',
  'Østergaard & Søn A/S',
  'Bäckström Konsult AB',
  'Müller Maschinenbau GmbH',
  'Nordlys Energi AS',
  'Café Crème SARL',
  'Zürich Data AG',
  'Łódź Logistics Sp. z o.o.',
  'Blue Harbor Ltd',
  'Crimson Peak Inc',
  'Delta Freight',
  'Evergreen Farms',
  'Fjord Analytics',
  'Granite & Co',
  'Helios Solar',
  'Iberia Textiles S.L.',
  'Jade Garden 翡翠',
  'Kiwi Software Ltd',
  'Lumen Optics',
  'Maple Leaf Foods',
  'Nimbus Cloud',
  "O'Neill Bakery",
  'Polar Express ApS',
  'Quartz Media',
  'Riverside Dental',
  'Saffron & Spice',
  'Tundra Outdoor',
  'Umbra Security',
  'Vega Travel',
  '3M Nordic',
  '(Inactive) Old Account',
];
const cities = [
  'København',
  'Aarhus',
  'Malmö',
  'Göteborg',
  'Oslo',
  'Zürich',
  'München',
  'Kraków',
  'Paris',
  'London',
  'Dublin',
  'Reykjavík',
];
const countries = [
  'Denmark',
  'Denmark',
  'Sweden',
  'Sweden',
  'Norway',
  'Switzerland',
  'Germany',
  'Poland',
  'France',
  'United Kingdom',
  'Ireland',
  'Iceland',
];
const firstNames = [
  'Søren',
  'Åsa',
  'José',
  'Zoë',
  'Mikołaj',
  'Chloé',
  'Ólafur',
  'Björn',
  'Anna',
  'Lars',
  'Mette',
  'Jürgen',
  'Siobhán',
  'Wei',
  'Ingrid',
  'Pål',
];
const lastNames = [
  'Kierkegaard',
  'Lindqvist',
  'Álvarez',
  'Ødegård',
  'Wąs',
  'Dubois',
  'Sigurðsson',
  'Ekström',
  'Jensen',
  'Hansen',
  "O'Brien",
  'Schäfer',
  'Nielsen',
  '李',
  'Berg',
  'Håkonsen',
];
const products = [
  'Consulting hour',
  'Support plan Gold',
  'Support plan Silver',
  'Onboarding workshop',
  'API add-on',
  'Data migration',
  'Training day',
  'Licence — 10 users',
  'Licence — 50 users',
  'Hardware kit Ü2',
];
const linkedTypes = ['Organisation', 'Person', 'Activity', 'Opportunity', 'Delivery', 'Product', 'SupportCase'];
const activityTypes = ['Call', 'Meeting', 'E-mail', 'Follow-up', 'Demo'];

/** Custom-field setup of the demo system: which custom fields are checkboxes and which are lists. */
export const customFieldRules: Readonly<
  Record<string, { kind: 'checkbox' } | { kind: 'list'; values: readonly string[] }>
> = {
  PersonCustom1: { kind: 'checkbox' },
  PersonCustom2: { kind: 'list', values: ['Gold', 'Silver', 'Bronze'] },
  OrganisationCustom1: { kind: 'list', values: ['Customer', 'Prospect', 'Partner'] },
  OrganisationCustom2: { kind: 'checkbox' },
};

function blankRow(entity: SqlEntity): Row {
  const row: Row = {};
  for (const column of entity.columns) {
    row[column.name] =
      column.type === 'integer' || column.type === 'number'
        ? 0
        : column.type === 'boolean'
          ? false
          : column.type === 'datetime'
            ? null
            : column.type === 'enum'
              ? (column.enum?.[0] ?? null)
              : '';
  }
  return row;
}

const ascii = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
const iso = (base: number, days: number): string => new Date(base + days * 86_400_000).toISOString().slice(0, 19);
const epoch = Date.UTC(2019, 0, 7, 9, 30);

export function seedTables(): Tables {
  const rand = random(20190930);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const tables: Tables = new Map();
  const make = (name: string, count: number, fill: (index: number, id: number) => Row) => {
    const entity = webcrmSqlSchema.entities.find((candidate) => candidate.name === name);
    if (!entity) throw new Error(`No entity ${name}`);
    const rows: Row[] = [];
    for (let index = 0; index < count; index += 1) {
      const id = index + 1;
      const overlay = fill(index, id);
      for (const key of Object.keys(overlay))
        if (!(key in blankRow(entity))) throw new Error(`${name} has no column ${key}`);
      rows.push({
        ...blankRow(entity),
        [entity.primaryKey]: id,
        [`${entity.primaryKey.slice(0, -2)}CreatedAt`]: iso(epoch, index * 3),
        [`${entity.primaryKey.slice(0, -2)}CreatedBy`]: 'API',
        ...overlay,
      });
    }
    tables.set(name, rows);
  };

  make('Organisation', organisationNames.length, (index) => {
    const city = index % cities.length;
    return {
      OrganisationName: organisationNames[index] ?? '',
      OrganisationCity: cities[city] ?? '',
      OrganisationCountry: countries[city] ?? '',
      OrganisationType: pick(['Customer', 'Prospect', 'Partner']),
      OrganisationWww: `www.example-${index + 1}.com`,
      OrganisationTelephone: `+45 ${String(30_00_00_00 + index * 1379).replace(/(\d{2})(?=\d)/g, '$1 ')}`,
      OrganisationCustom1: pick(['Customer', 'Prospect', 'Partner']),
      OrganisationCustom2: pick(['Yes', 'No']),
      OrganisationUpdatedAt: iso(epoch, index * 5 + 40),
    };
  });
  const organisationCount = organisationNames.length;
  make('Person', 120, (index) => {
    const first = pick(firstNames);
    const last = pick(lastNames);
    // The last eight persons belong to no organisation (a 0 key, as webCRM stores it).
    const organisationId = index < 112 ? (index % organisationCount) + 1 : 0;
    return {
      PersonFirstName: first,
      PersonLastName: last,
      PersonName: `${first} ${last}`,
      PersonEmail: `${ascii(first)}.${ascii(last) || 'p'}${index + 1}@example.com`,
      PersonDirectPhone: `+45 ${20_000_000 + index * 7919}`,
      PersonTitle: pick(['CEO', 'CFO', 'Buyer', 'Developer', 'Office manager']),
      PersonStatus: pick(['Active', 'Active', 'Active', 'Resigned', 'Guest']),
      PersonOrganisationId: organisationId,
      PersonCustom1: pick(['Yes', 'No']),
      PersonCustom2: pick(['Gold', 'Silver', 'Bronze']),
      PersonUpdatedAt: iso(epoch, index + 10),
    };
  });
  make('Product', products.length, (index) => ({
    ProductCombined: products[index] ?? '',
    ProductPrice: 100 + index * 150,
    ProductCostPrice: 60 + index * 90,
    ProductListPrice: 120 + index * 160,
    ProductVatCode: '25',
    ProductUpdatedAt: iso(epoch, index * 11 + 3),
  }));
  make('Activity', 80, (index) => ({
    ActivityOrganisationId: (index % organisationCount) + 1,
    ActivityPersonId: (index % 112) + 1,
    ActivityType: pick(activityTypes),
    ActivityDescription: `${pick(activityTypes)} about ${pick(products)}`,
    ActivityStatus: pick(['Planned', 'Active', 'Completed']),
    ActivityDateTime: iso(epoch, index * 2 + 1),
    ActivityAssignedTo: (index % 4) + 1,
  }));
  make('Opportunity', 40, (index) => ({
    OpportunityOrganisationId: (index % organisationCount) + 1,
    OpportunityPersonId: (index % 112) + 1,
    OpportunityDescription: `${pick(products)} for ${organisationNames[index % organisationCount] ?? ''}`,
    OpportunityOrderValue: Math.round(rand() * 100_000) / 1,
    OpportunityLevel: (index % 5) + 1,
    OpportunityPercent: pick([10, 25, 50, 75, 90]),
    OpportunityProductId: (index % products.length) + 1,
    OpportunityCurrencyName: 'DKK',
    OpportunityAssignedTo: (index % 4) + 1,
  }));
  make('Delivery', 30, (index) => ({
    DeliveryOrganisationId: (index % organisationCount) + 1,
    DeliveryPersonId: (index % 112) + 1,
    DeliveryDescription: `Delivery of ${pick(products)}`,
    DeliveryStatus: pick(['New', 'Planned', 'OnGoing', 'Completed']),
    DeliveryOrderValue: Math.round(rand() * 50_000),
    DeliveryProductId: (index % products.length) + 1,
    DeliveryCurrencyName: 'EUR',
    DeliveryResponsible: (index % 4) + 1,
  }));
  make('QuotationLine', 60, (index) => ({
    QuotationLineOpportunityId: (index % 40) + 1,
    QuotationLineOrganisationId: (index % organisationCount) + 1,
    QuotationLineData1: pick(products),
    QuotationLinePrice: 100 + (index % 10) * 50,
    QuotationLineQuantity: (index % 5) + 1,
    QuotationLineSortOrder: index % 5,
  }));
  make('User', 4, (index) => ({
    UserName: ['Mette Frederiksen', 'Jonas Lie', 'Ægir Þórsson', 'Sara Nilsson'][index] ?? '',
    UserEmail: `user${index + 1}@example.com`,
    UserInitials: ['MF', 'JL', 'ÆÞ', 'SN'][index] ?? '',
    UserIsRestApiEnabled: true,
  }));
  // Every other entity gets a few rows, so each catalog entry has something real to return.
  make('LinkedData', 28, (index) => ({
    LinkedDataItemEntityType: linkedTypes[index % linkedTypes.length] ?? 'Product',
    LinkedDataItemData1: pick(products),
    LinkedDataItemData2: `SKU-${1000 + index}`,
    LinkedDataItemItemGroup: pick(['Services', 'Licences', 'Hardware']),
    LinkedDataItemPrice: 50 + index * 25,
  }));
  make('QuotationLineLinkedDataItem', 6, (index) => ({
    QuotationLineLinkedDataItemData1: products[index] ?? '',
    QuotationLineLinkedDataItemPrice: 100 + index * 150,
  }));
  for (const entity of webcrmSqlSchema.entities) if (!tables.has(entity.name)) make(entity.name, 3, () => ({}));
  return tables;
}

/** One webhook per resource that has hooks, so every hook endpoint has a row to show. */
export function seedHooks(): Map<string, Row[]> {
  const hooks = new Map<string, Row[]>();
  for (const op of webcrmOpenApi.operations) {
    if (!op.path.endsWith('/Hooks') || hooks.has(op.tag)) continue;
    hooks.set(op.tag, [
      {
        Id: 1,
        EventType: 'Create',
        TargetUrl: `https://hooks.example.com/${op.tag.toLowerCase()}`,
        IsEnabled: true,
        CreatedAt: '2019-09-30T10:00:00',
        CreatedBy: 'API',
        UpdatedAt: null,
        UpdatedBy: null,
      },
    ]);
  }
  return hooks;
}
