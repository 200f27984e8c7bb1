/** `synth`: deterministic synthetic rooms, written as ScanNet scan folders. */
import { resolve } from 'node:path';
import { synthesizeScenes } from '../../services/synth/write-scan-folder';
import { CliError, parseInteger, requireString, type Command } from '../command';

export const synthCommand: Command = {
  name: 'synth',
  summary: 'Generate synthetic rooms as ScanNet scan folders',
  usage: 'synth --count N --seed S --out DIR [--json]',
  options: { count: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
  async run(options, _positionals, io) {
    const count = parseInteger(options.count as string | undefined, 'count');
    if (count < 1 || count > 100_000) throw new CliError('--count must be between 1 and 100000', 2);
    const seed = parseInteger(options.seed as string | undefined, 'seed', 0);
    const outDir = resolve(requireString(options, 'out'));
    const scenes = await synthesizeScenes({
      count,
      seed,
      outDir,
      signal: io.signal,
      onProgress: (done, total, id) => io.progress(`[${done}/${total}] ${id}`),
    });
    return { scenes };
  },
  text: (result) =>
    (result as { scenes: { id: string; dir: string }[] }).scenes.map((s) => `${s.id}\t${s.dir}`).join('\n'),
};
