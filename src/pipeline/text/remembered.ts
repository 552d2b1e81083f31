/**
 * `read`, remembered by its argument: for a pure reading asked again and again of the same few
 * hundred words or names across releases. Bounded by clearing when it holds `limit` answers, so an
 * archive of new names never grows it without end.
 */
export function remembered<T>(read: (key: string) => T, limit = 20_000): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      if (answers.size >= limit) answers.clear();
      answers.set(key, (answer = read(key)));
    }
    return answer;
  };
}
