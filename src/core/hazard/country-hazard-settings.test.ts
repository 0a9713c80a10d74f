import { describe, expect, it } from 'vitest';
import { defaultCountryHazardSettings, hazardRulesOf } from './country-hazard-settings';
import { UN_TRANSPORT_MIXING_RULES } from './un-transport-mixing-rules';

describe('country hazard settings (defaults to confirm)', () => {
  it('starts every country with the UN transport rules, refusal, unconfirmed', () => {
    const peru = defaultCountryHazardSettings('PE');
    expect(peru).toMatchObject({
      mixingRuleSetId: 'un-transport',
      violationMode: 'refuse',
      isConfirmed: false,
    });
    expect(hazardRulesOf(peru).mixingRuleSet).toBe(UN_TRANSPORT_MIXING_RULES);
  });

  it('captions signs in Spanish in the Latin American countries and Portuguese in Brazil (countries.md)', () => {
    for (const country of ['PE', 'CO', 'GT', 'SV', 'CR', 'MX', 'DO'])
      expect(defaultCountryHazardSettings(country).captionLanguage).toBe('es');
    expect(defaultCountryHazardSettings('BR').captionLanguage).toBe('pt');
  });

  it('falls back to the UN transport rules for a rule-set id it does not know', () => {
    const settings = { ...defaultCountryHazardSettings('PE'), mixingRuleSetId: 'iatg-01.50-storage' };
    expect(hazardRulesOf(settings).mixingRuleSet.id).toBe('un-transport');
  });
});
