/**
 * Bytes that tell their length and throw when any of them is read (or any method is called on
 * them): a test that passes them shows the size alone decided, whatever the machine's speed.
 */
export function unreadBytes(size: number): Uint8Array {
  return new Proxy(new Uint8Array(0), {
    get(target, key) {
      if (key === 'length' || key === 'byteLength') return size;
      if (typeof key === 'string' && /^\d+$/.test(key)) throw new Error(`byte ${key} was read`);
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function'
        ? () => {
            throw new Error(`${String(key)}() was called`);
          }
        : value;
    },
  });
}
