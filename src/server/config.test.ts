import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration from the environment', () => {
  it('gives every setting its default', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.sqliteFile).toBe('./data/custodia.sqlite');
    expect(config.schedule).toEqual({ overdueSweepSeconds: 60, incidentWebhookSeconds: 60 });
  });

  it('takes the background jobs’ intervals, 0 turning one off', () => {
    const config = loadConfig({
      CUSTODIA_OVERDUE_SWEEP_SECONDS: '0',
      CUSTODIA_INCIDENT_WEBHOOK_SECONDS: '300',
    });
    expect(config.schedule).toEqual({ overdueSweepSeconds: 0, incidentWebhookSeconds: 300 });
  });

  it.each([
    ['CUSTODIA_OVERDUE_SWEEP_SECONDS', 'soon'],
    ['CUSTODIA_OVERDUE_SWEEP_SECONDS', '-5'],
    ['CUSTODIA_INCIDENT_WEBHOOK_SECONDS', '1.5'],
    ['PORT', '70000'],
    ['SQLITE_SYNCHRONOUS', 'OFF'],
  ])('stops with one line naming %s when it is %j', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^configuration: ${name} `));
  });
});
