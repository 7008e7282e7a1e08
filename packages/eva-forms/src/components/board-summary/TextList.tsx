/** @jsxRuntime automatic */
// eva-api runs this file under tsx (eva-forms/server), which reads JSX settings only from the tsconfig in its cwd
/**
 * A list of the summary's sentences, or the summary's own "none" when there are none, so an empty
 * section still says so instead of leaving a bare heading (the board must see that nothing is missing).
 */
export function TextList({ items, none }: { items: readonly string[]; none: string }) {
  if (items.length === 0) return <p>{none}</p>;
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
