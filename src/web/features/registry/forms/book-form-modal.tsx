import { Button, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../components/app-modal';
import { RegistryErrorAlert } from '../registry-error-alert';

interface BookFormModalProps {
  readonly opened: boolean;
  readonly title: string;
  readonly isPending: boolean;
  readonly error: unknown;
  readonly submitLabel?: string;
  readonly size?: string;
  readonly children: ReactNode;
  onSubmit(): void;
  onClose(): void;
}

/** A form that writes one entry to the book, in a dialog: its fields, the refusal if any, and its buttons. */
export function BookFormModal(props: BookFormModalProps) {
  const { t } = useTranslation();
  function submit(event: FormEvent) {
    event.preventDefault();
    props.onSubmit();
  }
  return (
    <AppModal opened={props.opened} onClose={props.onClose} title={props.title} size={props.size ?? 'md'}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <RegistryErrorAlert error={props.error} />
          {props.children}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={props.isPending}>
              {props.submitLabel ?? t('registry.forms.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
