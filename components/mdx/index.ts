import type { ComponentType } from 'react';
import type { MdxComponentName } from '@/lib/content/schema';
import { Callout } from './Callout';
import { Event } from './Event';
import { Figure } from './Figure';
import { KeyPoints } from './KeyPoints';
import { Link } from './Link';
import { Quote } from './Quote';
import { Timeline } from './Timeline';

/**
 * The components editors may use in a briefing: exactly those of the
 * contract in lib/content/schema.ts (a missing or extra one fails tsc),
 * plus `a`, which renders every Markdown link (external ones get
 * rel="noopener noreferrer"). `any` props: MDX passes each its own
 * attributes, checked by the content check against the same contract.
 */
export const mdxComponents: Record<MdxComponentName, ComponentType<any>> & { a: typeof Link } = {
  a: Link,
  KeyPoints,
  Quote,
  Timeline,
  Event,
  Figure,
  Callout,
};
