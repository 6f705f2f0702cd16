import { Children, isValidElement, type ComponentType, type ReactElement, type ReactNode } from 'react';

/** The editors' components, as MDX receives them: each takes its own props. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX's `components` map holds components of every prop type
type AnyComponent = ComponentType<any>;

/**
 * The top-level parts of a compiled MDX body: its paragraphs, headings and
 * components, as elements, without rendering them. A live briefing's page
 * shows its updates newest first, 20 at a time (components/briefing/
 * LiveUpdates.tsx), which MDX's own output, the whole body in file order,
 * cannot do.
 *
 * Coupling (docs/UPGRADING.md): `MDXContent`, the default export of code
 * compiled by @mdx-js/mdx 3 (contentlayer's and lib/content/compile.ts's
 * alike), is a plain function that, without a `wrapper` component, returns
 * one Fragment whose children are the body's top-level nodes, with each
 * component as an element of the function passed in `components`.
 * lib/content/mdx-parts.test.ts guards it.
 */
export function topLevelParts(Body: ComponentType<{ components: Record<string, AnyComponent> }>, components: Record<string, AnyComponent>): ReactNode[] {
  const tree = (Body as (props: { components: Record<string, AnyComponent> }) => ReactNode)({ components });
  const children = isValidElement(tree) ? (tree as ReactElement<{ children?: ReactNode }>).props.children : tree;
  return Children.toArray(children).filter((c) => !(typeof c === 'string' && c.trim() === ''));
}

/** Whether a part is an element of `component` (an `<Update>` of the body, by the component it was given). */
export function isPartOf<P>(part: ReactNode, component: AnyComponent): part is ReactElement<P> {
  return isValidElement(part) && part.type === component;
}
