import { describe, expect, it } from 'vitest';
import { DEMO_APP_ID, PackageConfigError, resolvePackageConfig } from '../../src/package/packageConfig.js';

const APP_ID = '4a7e2c91-5b3d-4f60-8d1e-c2b9a0f35e17';
const OTHER_APP_ID = '9b1d3f57-2c4e-4a68-b0d2-e4f6a8c0b2d4';

describe('resolvePackageConfig', () => {
  it('prefers flags to the environment', () => {
    const config = resolvePackageConfig(
      { appId: APP_ID, domain: 'flag.contoso.com', websiteUrl: 'https://flag.example', out: 'out/app.zip' },
      { MicrosoftAppId: OTHER_APP_ID, BOT_DOMAIN: 'env.contoso.com', RAPPORT_WEBSITE_URL: 'https://env.example' },
    );

    expect(config).toEqual({
      appId: APP_ID,
      botDomain: 'flag.contoso.com',
      websiteUrl: 'https://flag.example',
      outPath: 'out/app.zip',
      demo: false,
    });
  });

  it('falls back to the environment, then to the defaults', () => {
    expect(resolvePackageConfig({}, { MicrosoftAppId: ` ${APP_ID} `, BOT_DOMAIN: 'env.contoso.com' })).toEqual({
      appId: APP_ID,
      botDomain: 'env.contoso.com',
      websiteUrl: 'https://rapport.example',
      outPath: 'build/rapport.zip',
      demo: false,
    });
  });

  it('drops trailing slashes from the website URL', () => {
    expect(resolvePackageConfig({ appId: APP_ID, domain: 'a.b.com', websiteUrl: 'https://x.example/rapport//' }, {}).websiteUrl).toBe(
      'https://x.example/rapport',
    );
  });

  it('requires an app id outside demo mode, blank counting as missing', () => {
    expect(() => resolvePackageConfig({ domain: 'a.b.com' }, { MicrosoftAppId: '  ' })).toThrow(PackageConfigError);
    expect(() => resolvePackageConfig({ domain: 'a.b.com' }, {})).toThrow(
      /^no app id: pass --app-id GUID or set MicrosoftAppId to the bot's Microsoft App ID/,
    );
  });

  it('requires a bot domain outside demo mode', () => {
    expect(() => resolvePackageConfig({ appId: APP_ID }, {})).toThrow(/^no bot domain: pass --domain HOST or set BOT_DOMAIN/);
  });

  it('uses the demo app id and localhost under --demo, ignoring MicrosoftAppId', () => {
    expect(resolvePackageConfig({ demo: true }, { MicrosoftAppId: APP_ID })).toMatchObject({
      appId: DEMO_APP_ID,
      botDomain: 'localhost',
      demo: true,
    });
    expect(resolvePackageConfig({ demo: true, domain: 'tunnel.devtunnels.ms' }, {}).botDomain).toBe('tunnel.devtunnels.ms');
  });

  it('refuses --demo with --app-id', () => {
    expect(() => resolvePackageConfig({ demo: true, appId: APP_ID }, {})).toThrow('--demo and --app-id exclude each other');
  });

  it('has a demo app id that is a real-looking GUID, not a placeholder', () => {
    expect(DEMO_APP_ID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(DEMO_APP_ID.replaceAll('-', '')).size).toBeGreaterThan(1);
  });
});
