/**
 * The template set shipped with the studio, through a JSON import so no file reading is needed
 * (resources/ may be imported from any layer). Parsed once, on first use.
 */
import modleV1 from '../../resources/templates/modle-v1.json';
import { parseTemplateSet, type TemplateSet } from './template-set';

export const BUNDLED_TEMPLATE_SET_PATH = 'resources/templates/modle-v1.json';

let cached: TemplateSet | null = null;

export function bundledTemplateSet(): TemplateSet {
  cached ??= parseTemplateSet(modleV1, BUNDLED_TEMPLATE_SET_PATH);
  return cached;
}
