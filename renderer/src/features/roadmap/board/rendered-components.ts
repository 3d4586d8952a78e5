/**
 * Counts the components React rendered between two points, for tests that hold a screen to a
 * render budget. It reads React's fiber tree from the DOM container: a component rendered when
 * it is new, or when its props or hook state are not the very objects they were (React reuses
 * both when a component bails out, and makes a new hook list each time it renders).
 */
interface Fiber {
  tag: number;
  type: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
  memoizedProps: unknown;
  memoizedState: unknown;
  stateNode: unknown;
}

/** Function (0), class (1), forwardRef (11) and simple memo (15) components; memo wrappers (14) are counted through their inner fiber. */
const COMPONENT_TAGS = new Set([0, 1, 11, 15]);

function currentRoot(container: Element): Fiber {
  const key = Object.keys(container).find((name) => name.startsWith('__reactContainer$'));
  if (!key) throw new Error('not a React root container');
  const hostRoot = (container as unknown as Record<string, Fiber>)[key]!;
  return (hostRoot.stateNode as { current: Fiber }).current;
}

const nameOf = (fiber: Fiber): string => {
  const type = fiber.type as { displayName?: string; name?: string; render?: { name?: string } } | null;
  return type?.displayName ?? type?.name ?? type?.render?.name ?? 'Anonymous';
};

function eachComponent(root: Fiber, visit: (fiber: Fiber) => void): void {
  const stack: Fiber[] = [root];
  while (stack.length > 0) {
    const fiber = stack.pop()!;
    if (COMPONENT_TAGS.has(fiber.tag)) visit(fiber);
    if (fiber.sibling) stack.push(fiber.sibling);
    if (fiber.child) stack.push(fiber.child);
  }
}

export interface RenderCounter {
  /** Remember the tree as it is now. */
  mark(): void;
  /** Components rendered since the last mark (or commit seen), by name. */
  rendered(): string[];
}

export function createRenderCounter(container: Element): RenderCounter {
  let seen = new WeakMap<Fiber, { props: unknown; state: unknown }>();
  const remember = () => {
    seen = new WeakMap();
    eachComponent(currentRoot(container), (fiber) => {
      const entry = { props: fiber.memoizedProps, state: fiber.memoizedState };
      seen.set(fiber, entry);
      if (fiber.alternate) seen.set(fiber.alternate, entry);
    });
  };
  return {
    mark: remember,
    rendered() {
      const names: string[] = [];
      eachComponent(currentRoot(container), (fiber) => {
        // A component's first update may get a new fiber object whose alternate is the one remembered.
        const before = seen.get(fiber) ?? (fiber.alternate ? seen.get(fiber.alternate) : undefined);
        if (!before || before.props !== fiber.memoizedProps || before.state !== fiber.memoizedState) names.push(nameOf(fiber));
      });
      return names;
    },
  };
}
