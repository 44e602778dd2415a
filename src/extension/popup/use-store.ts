/** A storage item as Preact state, kept live with storage change events. */
import { useEffect, useState } from 'preact/hooks';
import { type Schema, store } from '../storage';

export function useStored<K extends keyof Schema>(key: K): Schema[K] | null {
  const [value, setValue] = useState<Schema[K] | null>(null);
  useEffect(() => {
    void store.getItem(key).then((v) => setValue(v as Schema[K] | null));
    return store.onChange(key, (v) => setValue(v));
  }, [key]);
  return value;
}
