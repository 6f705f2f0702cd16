import { createElement, type ComponentType } from 'react';
import type { MdxComponentName } from '@/lib/content/schema';
import { Callout } from './Callout';
import type { MdxContext } from './context';
import { Event } from './Event';
import { Figure } from './Figure';
import { Image } from './Image';
import { KeyPoints } from './KeyPoints';
import { Link } from './Link';
import { Quote } from './Quote';
import { Timeline } from './Timeline';

export type { MdxContext } from './context';

/* eslint-disable @typescript-eslint/no-explicit-any -- MDX's props, as said below */
/**
 * The components editors may use in a briefing: exactly those of the
 * contract in lib/content/schema.ts (a missing or extra one fails tsc),
 * plus `a`, which renders every Markdown link, and `img`, every Markdown
 * image. The same components render a briefing's page and its feed entry
 * (components/feed/FeedBody.tsx); `context` says which (./context.ts) and is
 * bound to each here, since MDX passes only an editor's attributes. `any`
 * props: MDX passes each its own attributes, checked by the content check
 * against the same contract.
 */
export function mdxComponents(context: MdxContext): Record<MdxComponentName | 'a' | 'img', ComponentType<any>> {
  const bind = (component: ComponentType<any>): ComponentType<any> => {
    const Bound = (props: Record<string, unknown>) => createElement(component, { ...props, context });
    Bound.displayName = `Mdx(${component.displayName ?? component.name})`;
    return Bound;
  };
  return {
    a: bind(Link),
    img: bind(Image),
    KeyPoints: bind(KeyPoints),
    Quote: bind(Quote),
    Timeline: bind(Timeline),
    Event: bind(Event),
    Figure: bind(Figure),
    Callout: bind(Callout),
  };
}
