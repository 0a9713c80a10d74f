import { Button, Group, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../contracts/common';
import { api } from '../api-client';
import { useSession } from '../features/auth/session-provider';
import { applyLanguage, currentLanguage, LANGUAGES, rememberDeviceLanguage } from '../i18n/i18n';
import { errorMessage } from './error-message';

const NATIVE_NAMES: Record<Language, string> = { es: 'Español', en: 'English' };

/**
 * ES / EN. Signed in, the choice is saved on the account (PUT /me/language) so it follows the
 * person; before sign-in it is remembered on this device only.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { session, patchUser } = useSession();
  const [isSaving, setSaving] = useState(false);
  const active = currentLanguage();

  async function choose(language: Language) {
    if (language === active || isSaving) return;
    const previous = active;
    await applyLanguage(language);
    rememberDeviceLanguage(language);
    if (!session || session.stage !== 'active') return;
    setSaving(true);
    try {
      await api.auth.setLanguage(language);
      patchUser({ language });
    } catch (error) {
      await applyLanguage(previous);
      notifications.show({ color: 'red', title: t('language.saveFailed'), message: errorMessage(t, error) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <Group gap={4} role="group" aria-label={t('language.label')} wrap="nowrap">
      {LANGUAGES.map((language) => (
        <Button
          key={language}
          size="compact-md"
          variant={language === active ? 'filled' : 'default'}
          aria-pressed={language === active}
          lang={language}
          onClick={() => void choose(language)}
          data-testid={`language-${language}`}
        >
          {language.toUpperCase()}
          <VisuallyHidden> ({NATIVE_NAMES[language]})</VisuallyHidden>
        </Button>
      ))}
    </Group>
  );
}
