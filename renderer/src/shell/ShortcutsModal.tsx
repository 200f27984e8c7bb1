/** The keyboard shortcut overlay (?), listing every shortcut the shell handles. */
import { Kbd, Modal, Table } from '@mantine/core';

export const SHORTCUTS: { keys: string[]; action: string }[] = [
  { keys: ['?'], action: 'Show this list' },
  { keys: ['Ctrl', 'I'], action: 'Import scans' },
  { keys: ['Ctrl', 'O'], action: 'Open a project' },
  { keys: ['Ctrl', 'Shift', 'N'], action: 'Create a project' },
  { keys: ['Ctrl', 'Shift', 'L'], action: 'Toggle light / dark theme' },
  { keys: ['Esc'], action: 'Clear the selection' },
  { keys: ['Shift', 'Click'], action: 'Add an object to the selection' },
  { keys: ['1'], action: 'Viewport: perspective view' },
  { keys: ['2'], action: 'Viewport: top view (orthographic, for layout)' },
  { keys: ['3'], action: 'Viewport: front view' },
  { keys: ['4'], action: 'Viewport: side view' },
  { keys: ['F'], action: 'Viewport: frame the selection' },
  { keys: ['Home'], action: 'Viewport: reset the view' },
  { keys: ['Q'], action: 'Viewport: select tool' },
  { keys: ['M'], action: 'Viewport: measure two objects (Alt-click measures points)' },
  { keys: ['W'], action: 'Viewport: move the selected object on the floor' },
  { keys: ['E'], action: 'Viewport: rotate the selected object about Z' },
  { keys: ['S'], action: 'Viewport: resize the selected object' },
  { keys: ['N'], action: 'Viewport: snapping on / off (5 cm, 15°)' },
  { keys: ['C'], action: 'Viewport: next colour mode (RGB, instance, label, height)' },
  { keys: ['V'], action: 'Viewport: walls shown / dimmed / hidden' },
  { keys: ['[', ']'], action: 'Viewport: smaller / larger points' },
  { keys: ['Ctrl', 'Z'], action: 'Undo a layout edit (Cmd+Z on macOS)' },
  { keys: ['Ctrl', 'Shift', 'Z'], action: 'Redo a layout edit (also Ctrl+Y)' },
  { keys: ['← → ↑ ↓'], action: 'Nudge the selected object 5 cm (Shift: 50 cm)' },
  { keys: ['R'], action: 'Turn the selected object 15° (Shift+R: back)' },
  { keys: ['Enter'], action: 'In the instruction box: propose, then accept (Esc rejects)' },
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
