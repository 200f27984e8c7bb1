/**
 * Who is reviewing: reads the annotator name from settings once, and asks for it in a modal when
 * none is set and the user starts working with annotations (every change is stamped with it).
 */
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useStudio } from '../api/StudioContext';
import { useReview } from './review-store';

export function IdentityModal() {
  const studio = useStudio();
  const { identityOpen, annotator, askIdentity, setAnnotator } = useReview();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    studio.call('settings.get', {}).then(
      (settings) => setAnnotator(settings.annotator),
      () => setAnnotator(null),
    );
  }, [studio, setAnnotator]);
  useEffect(() => {
    if (identityOpen) setName(annotator ?? '');
  }, [identityOpen, annotator]);

  const save = async () => {
    try {
      const settings = await studio.call('settings.set', { annotator: name });
      setAnnotator(settings.annotator);
      setError(null);
      askIdentity(false);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Modal
      opened={identityOpen}
      onClose={() => askIdentity(false)}
      title="Who is reviewing?"
      data-testid="identity-modal"
      trapFocus
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Your name stamps every review change and its audit trail. It is kept in the app&apos;s settings.
        </Text>
        <TextInput
          label="Annotator name"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void save();
          }}
          error={error}
          data-autofocus
          data-testid="annotator-name"
        />
        <Group justify="flex-end">
          <Button onClick={() => void save()} disabled={name.trim() === ''} data-testid="annotator-save">
            Save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
