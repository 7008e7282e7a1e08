import { Component, type ComponentType, type ReactNode, use } from "react";

/** A step's component fetched on first use; once loaded it renders at once, never suspending again. */
export interface LazyStep<P extends object> {
  (props: P): ReactNode;
  /** fetches the chunk (once); the wizard's tests call it so that no step suspends */
  preload: () => Promise<unknown>;
}

/**
 * The wizard's later steps are chunks of their own (the matrix, the weights, the economy table,
 * the summary …): a first visit downloads the first step only. Unlike React.lazy, a step whose
 * chunk has arrived renders synchronously, and a failed fetch can be tried again.
 */
export function lazyStep<P extends object>(load: () => Promise<ComponentType<P>>): LazyStep<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    pending ??= load().then(
      (c) => {
        loaded = c;
        return c;
      },
      (error: unknown) => {
        pending = undefined; // the next render tries again
        throw error;
      },
    );
    return pending;
  };
  // biome-ignore lint/correctness/noComponentHookFactories: called once per step at module level, as React.lazy is
  function Step(props: P) {
    const C = loaded ?? use(preload());
    return <C {...props} />;
  }
  return Object.assign(Step, { preload });
}

/** What a step shows when its chunk could not be fetched (offline, a new version deployed). */
export class StepLoadBoundary extends Component<
  { fallback: (retry: () => void) => ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed
      ? this.props.fallback(() => this.setState({ failed: false }))
      : this.props.children;
  }
}
