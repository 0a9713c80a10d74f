import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TemplateContentWire } from '../../../contracts/assessment';

export type Content = TemplateContentWire;
type Item = Content['sections'][number]['items'][number];

/** Move the element at index by delta (−1 up, +1 down) within its list. */
export function moveIn<T>(list: T[], index: number, delta: number): void {
  const target = index + delta;
  if (target < 0 || target >= list.length) return;
  const [moved] = list.splice(index, 1);
  list.splice(target, 0, moved!);
}

/** A blank item with an id not yet used in the checklist. */
export function newItem(content: Content): Item {
  const used = new Set(content.sections.flatMap((s) => s.items.map((i) => i.id)));
  let n = used.size + 1;
  while (used.has(`item-${n}`)) n++;
  return {
    id: `item-${n}`,
    question: { es: '', en: '' },
    guidance: { es: '', en: '' },
    clause: '',
    level: 1,
    weight: 1,
    critical: false,
    answerType: 'yes-partial-no-na',
    photoRequiredUnlessYes: false,
  };
}

interface EditorItemProps {
  readonly item: Item;
  readonly path: string;
  readonly isFirst: boolean;
  readonly isLast: boolean;
  errorAt(path: string): string | undefined;
  onChange(change: (item: Item) => void): void;
  onMove(delta: number): void;
  onRemove(): void;
}

export function EditorItem({
  item,
  path,
  isFirst,
  isLast,
  errorAt,
  onChange,
  onMove,
  onRemove,
}: EditorItemProps) {
  const { t } = useTranslation();
  const text = (field: 'question' | 'guidance', language: 'es' | 'en', label: string) => (
    <Textarea
      label={label}
      value={item[field][language]}
      autosize
      minRows={1}
      error={errorAt(`${path}.${field}.${language}`)}
      onChange={(e) => {
        const value = e.currentTarget.value;
        onChange((d) => void (d[field][language] = value));
      }}
    />
  );
  return (
    <Paper withBorder p="sm" radius="sm" bg="gray.0" data-editor-item={item.id}>
      <Group justify="space-between" mb="xs">
        <TextInput
          aria-label={t('assessments.editor.itemId')}
          placeholder={t('assessments.editor.itemId')}
          value={item.id}
          error={errorAt(`${path}.id`)}
          onChange={(e) => {
            const value = e.currentTarget.value;
            onChange((d) => void (d.id = value));
          }}
          w={240}
        />
        <Group gap="xs">
          <Button size="xs" variant="default" disabled={isFirst} onClick={() => onMove(-1)}>
            {t('assessments.editor.moveUp')}
          </Button>
          <Button size="xs" variant="default" disabled={isLast} onClick={() => onMove(1)}>
            {t('assessments.editor.moveDown')}
          </Button>
          <Button size="xs" color="red" variant="light" onClick={onRemove}>
            {t('assessments.editor.remove')}
          </Button>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {text('question', 'es', t('assessments.editor.questionEs'))}
        {text('question', 'en', t('assessments.editor.questionEn'))}
        {text('guidance', 'es', t('assessments.editor.guidanceEs'))}
        {text('guidance', 'en', t('assessments.editor.guidanceEn'))}
      </SimpleGrid>
      <Group mt="xs" align="flex-end" gap="sm">
        <TextInput
          label={t('assessments.editor.clause')}
          value={item.clause}
          error={errorAt(`${path}.clause`)}
          onChange={(e) => {
            const value = e.currentTarget.value;
            onChange((d) => void (d.clause = value));
          }}
          w={220}
        />
        <Select
          label={t('assessments.editor.level')}
          data={['1', '2', '3']}
          value={String(item.level)}
          allowDeselect={false}
          onChange={(value) => onChange((d) => void (d.level = Number(value)))}
          w={100}
        />
        <NumberInput
          label={t('assessments.editor.weight')}
          value={item.weight}
          min={0}
          step={1}
          error={errorAt(`${path}.weight`)}
          onChange={(value) => onChange((d) => void (d.weight = Number(value)))}
          w={100}
        />
        <Select
          label={t('assessments.editor.answerType')}
          data={(['yes-partial-no-na', 'number', 'text'] as const).map((type) => ({
            value: type,
            label: t(`assessments.editor.answerTypes.${type}`),
          }))}
          value={item.answerType}
          allowDeselect={false}
          onChange={(value) => onChange((d) => void (d.answerType = value ?? 'yes-partial-no-na'))}
          w={230}
        />
        <Checkbox
          label={t('assessments.editor.critical')}
          checked={item.critical}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            onChange((d) => void (d.critical = checked));
          }}
        />
        <Checkbox
          label={t('assessments.editor.photoRequired')}
          checked={item.photoRequiredUnlessYes}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            onChange((d) => void (d.photoRequiredUnlessYes = checked));
          }}
        />
      </Group>
    </Paper>
  );
}
