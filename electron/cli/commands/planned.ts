/**
 * Commands of the SPEC §6 contract that are listed in `--help` but not built yet. Each says which
 * issue brings it and exits non-zero, so scripts fail loudly instead of getting nothing.
 */
import { CliError, type Command } from '../command';

const planned: { name: string; usage: string; summary: string; issue: string }[] = [
  { name: 'generate', usage: 'generate --project FILE [--scene ID] --tasks distance,grounding,layout_edit,vqa,caption --seed S', summary: 'Generate annotations from templates', issue: 'MODLE data (#4)' },
  { name: 'annotations', usage: 'annotations --project FILE [--scene ID] [--task T] [--status S]', summary: 'List annotations', issue: 'MODLE data (#4)' },
  { name: 'import-annotations', usage: 'import-annotations FILE... --project FILE --format modle|scanrefer|scanqa|nr3d|sr3d|sqa3d|ll3da [--skip-invalid]', summary: 'Import annotations from dataset files', issue: 'MODLE data (#4)' },
  { name: 'export', usage: 'export --project FILE --format modle|modle-jsonl|scanrefer|scanqa|ll3da --out FILE [--status S,...]', summary: 'Export annotations', issue: 'MODLE data (#4)' },
  { name: 'layout', usage: 'layout move|rotate|undo|redo|history --project FILE --scene ID ...', summary: 'Edit a scene layout with durable undo', issue: 'layout editing (#6)' },
  { name: 'ask', usage: 'ask --project FILE --scene ID "TEXT"', summary: 'Ask the spatial model about a scene', issue: 'the spatial model (#8)' },
  { name: 'eval', usage: 'eval [--split test|phrasings]', summary: 'Evaluate the spatial model', issue: 'the spatial model (#8)' },
];

export const plannedCommands: Command[] = planned.map(({ name, usage, summary, issue }) => ({
  name,
  usage,
  summary: `${summary} (not built yet: ${issue})`,
  positionals: true,
  looseOptions: true,
  run: () => Promise.reject(new CliError(`'${name}' is not built yet; it arrives with ${issue}`)),
}));
