/** The keyboard shortcut overlay (?), listing every shortcut the shell handles. */
import { Kbd, Modal, Table } from '@mantine/core';

export const SHORTCUTS: { keys: string[]; action: string }[] = [
  { keys: ['?'], action: 'Show this list' },
  { keys: ['Ctrl', 'I'], action: 'Import scans' },
  { keys: ['Ctrl', 'Shift', 'L'], action: 'Toggle light / dark theme' },
  { keys: ['Esc'], action: 'Clear the selection' },
  { keys: ['Shift', 'Click'], action: 'Add an object to the selection' },
];

export function ShortcutsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts" data-testid="shortcuts">
      <Table>
        <Table.Tbody>
          {SHORTCUTS.map(({ keys, action }) => (
            <Table.Tr key={action}>
              <Table.Td>
                {keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ' + '}
                    <Kbd>{key}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{action}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
