import 'i18next';
import type { es } from './es';

// Translation keys are checked at compile time against the Spanish resources.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof es };
  }
}
