/** A stored value a service reads and writes (a `storage.defineItem`, or a plain object in tests). */
export interface Preference<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
}
