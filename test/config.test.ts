import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_SUPPORTED_REGIONS, loadConfig, PLAYGROUND_USER } from '../src/config.js';

const PRODUCTION = {
  MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: 'tenant-id', RAPPORT_PUBLIC_URL: 'https://bot.example.com',
};

describe('the admin configuration', () => {
  it('makes the Agents Playground user the demo admin, in a supported region', () => {
    const config = loadConfig({}, { demo: true });
    expect(config.admin.admins).toEqual([PLAYGROUND_USER.aadObjectId, PLAYGROUND_USER.upn]);
    expect(config.admin.tenantAdmins).toEqual(config.admin.admins);
    expect(config.admin.supportedRegions).toEqual(DEFAULT_SUPPORTED_REGIONS);
    expect(config.admin.supportedRegions).toContain(config.admin.tenantRegion);
    expect(config.admin.firstRunDelayHours).toBe(0);
  });

  it('has no admin and no region in production until they are configured; lists are split on commas and semicolons', () => {
    expect(loadConfig(PRODUCTION, { demo: false }).admin).toMatchObject({ admins: [], tenantRegion: null });
    const config = loadConfig({
      ...PRODUCTION, RAPPORT_ADMINS: ' Ann@Contoso.com ; 1b2c3d4e-0000-0000-0000-000000000001,', RAPPORT_TENANT_ADMINS: 'ga@contoso.com',
      RAPPORT_SUPPORTED_REGIONS: 'Europe', RAPPORT_TENANT_REGION: 'Asia Pacific', RAPPORT_FIRST_RUN_DELAY_HOURS: '0',
      RAPPORT_DATASETS: 'Customers=data/customers.csv; Partners = p.csv',
    }, { demo: false });
    expect(config.admin).toMatchObject({
      admins: ['ann@contoso.com', '1b2c3d4e-0000-0000-0000-000000000001'], tenantAdmins: ['ga@contoso.com'],
      supportedRegions: ['Europe'], tenantRegion: 'Asia Pacific', firstRunDelayHours: 0,
      datasetFiles: [{ name: 'Customers', path: 'data/customers.csv' }, { name: 'Partners', path: 'p.csv' }],
    });
  });


  it.each([
    ['RAPPORT_DATASETS', 'customers.csv', /RAPPORT_DATASETS: "customers.csv" is not Name=path/],
    ['RAPPORT_DATASETS', 'Customers=', /is not Name=path/],
    ['RAPPORT_FIRST_RUN_DELAY_HOURS', '-1', /RAPPORT_FIRST_RUN_DELAY_HOURS/],
  ])('refuses %s=%s with a message naming it', (name, value, message) => {
    expect(() => loadConfig({ [name]: value }, { demo: true })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value }, { demo: true })).toThrow(message);
  });
});
