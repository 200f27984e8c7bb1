/** Filling a phrasing's {slot} holes: the one place text is assembled from a template. */
import { capitalize } from './words';

export function fillPhrasing(phrasing: string, slots: Readonly<Record<string, string>>): string {
  const text = phrasing.replace(/\{([a-z_]+)\}/g, (whole, name: string) => {
    const value = slots[name];
    if (value === undefined) throw new Error(`phrasing "${phrasing}": no value for {${name}}`);
    return value;
  });
  return capitalize(text);
}
