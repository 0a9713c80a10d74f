import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';

interface DebouncedSearchProps {
  readonly label: string;
  readonly description: string;
  readonly value: string | undefined;
  onSearch(value: string | null): void;
}

/** A search box that asks the server 300 ms after the last keystroke, not at every one. */
export function DebouncedSearch({ label, description, value, onSearch }: DebouncedSearchProps) {
  const [text, setText] = useState(value ?? '');
  const search = useDebouncedCallback((next: string) => onSearch(next.trim() || null), 300);
  // The URL may change under the box (back button, a link): follow it.
  useEffect(() => setText(value ?? ''), [value]);
  return (
    <TextInput
      label={label}
      description={description}
      value={text}
      type="search"
      onChange={(event) => {
        setText(event.currentTarget.value);
        search(event.currentTarget.value);
      }}
      w={{ base: '100%', sm: 260 }}
    />
  );
}
