import type { CaptionLanguage } from '../country-hazard-settings';
import type { Sign } from './sign-code';

/** The caption printed under a sign, in one language (issue 5: the country's language and English). */
export function signCaption(sign: Sign, language: CaptionLanguage): string {
  switch (sign.kind) {
    case 'fire-division':
      return {
        es: `División de incendio ${sign.fireDivision}`,
        en: `Fire division ${sign.fireDivision}`,
        pt: `Divisão de incêndio ${sign.fireDivision}`,
      }[language];
    case 'class-1': {
      const group = sign.compatibilityGroup;
      return {
        es: `Explosivos clase 1 · división ${sign.hazardDivision}${group ? ` · grupo ${group}` : ''}`,
        en: `Explosives class 1 · division ${sign.hazardDivision}${group ? ` · group ${group}` : ''}`,
        pt: `Explosivos classe 1 · divisão ${sign.hazardDivision}${group ? ` · grupo ${group}` : ''}`,
      }[language];
    }
    case 'supplementary':
      return {
        'apply-no-water': { es: 'No usar agua', en: 'Apply no water', pt: 'Não usar água' },
        'wear-breathing-apparatus': {
          es: 'Use equipo de respiración',
          en: 'Wear breathing apparatus',
          pt: 'Use equipamento de respiração',
        },
        'chemical-hazard': { es: 'Peligro químico', en: 'Chemical hazard', pt: 'Perigo químico' },
      }[sign.sign][language];
  }
}

/** Captions in the country's language, then English (English once when they are the same). */
export function signCaptions(sign: Sign, language: CaptionLanguage): string[] {
  return language === 'en'
    ? [signCaption(sign, 'en')]
    : [signCaption(sign, language), signCaption(sign, 'en')];
}
