import {
  Badge,
  Button,
  Group,
  Image,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentPhotoWire, TemplateVersionDetail } from '../../../contracts/assessment';
import { photoUrl } from './assessment-client';

type Item = TemplateVersionDetail['content']['sections'][number]['items'][number];

// The chosen answer is a filled button: shades dark enough for white text at 4.5:1 (teal.8 gave 3.94,
// red.8 4.4); "partial" stays yellow with black text (autoContrast below).
const CHOICES = [
  { value: 'yes', colour: 'teal.9' },
  { value: 'partial', colour: 'yellow' },
  { value: 'no', colour: 'red.9' },
  { value: 'na', colour: 'gray' },
] as const;

interface ConductItemProps {
  readonly assessmentId: string;
  readonly item: Item;
  readonly answer: string | number | undefined;
  readonly note: string;
  readonly photos: readonly AssessmentPhotoWire[];
  readonly isUploading: boolean;
  onAnswer(value: string | number | null): void;
  onNote(note: string): void;
  onPhoto(file: File): void;
}

/** One question on the tablet: big answer buttons, a note, photos from the camera. */
export function ConductItem(props: ConductItemProps) {
  const { t, i18n } = useTranslation();
  const { item } = props;
  const language = i18n.language === 'en' ? 'en' : 'es';
  const [note, setNote] = useState(props.note);
  const needsPhoto =
    item.photoRequiredUnlessYes &&
    (props.answer === 'partial' || props.answer === 'no') &&
    props.photos.length === 0;
  const questionId = `question-${item.id}`;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-item-id={item.id}
      component="article"
      aria-labelledby={questionId}
    >
      <Stack gap="sm">
        <Group gap="xs">
          <Badge variant="outline" color="gray" tt="none">
            {item.clause}
          </Badge>
          <Badge variant="light">{t('assessments.conduct.level', { level: item.level })}</Badge>
          {item.critical ? (
            <Badge color="red" variant="filled">
              {t('assessments.conduct.critical')}
            </Badge>
          ) : null}
        </Group>
        <Text id={questionId} fw={600} size="lg">
          {item.question[language]}
        </Text>
        <Text size="sm" c="dimmed">
          {item.guidance[language]}
        </Text>
        {item.answerType === 'yes-partial-no-na' ? (
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" role="group" aria-labelledby={questionId}>
            {CHOICES.map((choice) => {
              const isChosen = props.answer === choice.value;
              return (
                <Button
                  key={choice.value}
                  size="xl"
                  h={64}
                  color={choice.colour}
                  // Black text on the light fills (the chosen "Partial" is yellow.8: white on it reads
                  // at 2.48:1), white on the dark ones: WCAG AA either way (issue 14, defect 15).
                  autoContrast
                  variant={isChosen ? 'filled' : 'default'}
                  aria-pressed={isChosen}
                  onClick={() => props.onAnswer(isChosen ? null : choice.value)}
                >
                  {t(`assessments.conduct.answers.${choice.value}`)}
                </Button>
              );
            })}
          </SimpleGrid>
        ) : item.answerType === 'number' ? (
          <NumberInput
            size="lg"
            label={t('assessments.conduct.number')}
            value={typeof props.answer === 'number' ? props.answer : ''}
            onChange={(value) => props.onAnswer(typeof value === 'number' ? value : null)}
            maw={240}
          />
        ) : (
          <TextInput
            size="lg"
            label={t('assessments.conduct.text')}
            defaultValue={typeof props.answer === 'string' ? props.answer : ''}
            onBlur={(event) =>
              props.onAnswer(event.currentTarget.value === '' ? null : event.currentTarget.value)
            }
          />
        )}
        <Textarea
          label={t('assessments.conduct.note')}
          value={note}
          autosize
          minRows={2}
          onChange={(event) => {
            setNote(event.currentTarget.value);
            props.onNote(event.currentTarget.value);
          }}
        />
        <Group gap="sm" align="center">
          <Button component="label" variant="light" size="md" loading={props.isUploading}>
            {t('assessments.conduct.photo')}
            <input
              type="file"
              accept="image/*"
              capture="environment"
              hidden
              data-photo-input={item.id}
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                if (file) props.onPhoto(file);
                event.currentTarget.value = '';
              }}
            />
          </Button>
          {props.photos.length > 0 ? (
            <Text size="sm">{t('assessments.conduct.photos', { count: props.photos.length })}</Text>
          ) : null}
          {needsPhoto ? (
            <Text size="sm" c="red" fw={500}>
              {t('assessments.conduct.photoRequired')}
            </Text>
          ) : null}
        </Group>
        {props.photos.length > 0 ? (
          <Group gap="xs">
            {props.photos.map((photo) => (
              <Image
                key={photo.id}
                src={photoUrl(props.assessmentId, photo.id)}
                alt={`${t('assessments.result.photos')} ${item.id}`}
                w={96}
                h={72}
                fit="cover"
                radius="sm"
              />
            ))}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
