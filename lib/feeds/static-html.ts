import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import { escapeHtml } from '@/lib/format/escape-html';

/**
 * Serializes a tree of plain, hook-free components to HTML, on the server.
 *
 * Feeds need a briefing's body as an HTML string, but Next forbids
 * react-dom/server in route handlers and Server Components ("You're
 * importing a component that imports react-dom/server"), and under the
 * react-server condition React DOM's server renderer only throws. The feed
 * components (components/feed/FeedBody.tsx) and compiled MDX are pure functions of their
 * props, so walking the element tree is all a renderer has to do. It
 * supports exactly that: intrinsic elements, function components, fragments,
 * text. Anything else (hooks, context, classes, lazy, Suspense) throws.
 * Its output matches renderToStaticMarkup (checked in the unit tests).
 */
export function renderStatic(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string') return escapeHtml(node);
  if (typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) return node.map(renderStatic).join('');
  if (isValidElement(node)) return renderElement(node as ReactElement<Record<string, unknown>>);
  throw new Error(`renderStatic: cannot render ${Object.prototype.toString.call(node)}`);
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const NAMES: Record<string, string> = { className: 'class', htmlFor: 'for', tabIndex: 'tabindex' };
const SKIP = new Set(['children', 'dangerouslySetInnerHTML', 'key', 'ref', 'suppressHydrationWarning', 'suppressContentEditableWarning']);

function renderElement(el: ReactElement<Record<string, unknown>>): string {
  const { type, props } = el;
  if (type === Fragment) return renderStatic(props.children as ReactNode);
  if (typeof type === 'function') {
    if ((type as { prototype?: { isReactComponent?: unknown } }).prototype?.isReactComponent) {
      throw new Error('renderStatic: class components are not supported');
    }
    return renderStatic((type as (p: unknown) => ReactNode)(props));
  }
  if (typeof type !== 'string') throw new Error('renderStatic: only elements, function components and fragments');
  let out = `<${type}`;
  for (const [name, value] of Object.entries(props)) {
    if (SKIP.has(name) || value === null || value === undefined || value === false || typeof value === 'function') continue;
    const attr = NAMES[name] ?? name;
    if (name === 'style' && typeof value === 'object') {
      out += ` style="${escapeHtml(styleText(value as Record<string, unknown>))}"`;
    } else {
      out += ` ${attr}="${value === true ? '' : escapeHtml(String(value))}"`;
    }
  }
  if (VOID.has(type)) return `${out}/>`;
  const inner = props.dangerouslySetInnerHTML as { __html?: string } | undefined;
  return `${out}>${inner?.__html ?? renderStatic(props.children as ReactNode)}</${type}>`;
}

function styleText(style: Record<string, unknown>): string {
  return Object.entries(style)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k.startsWith('--') ? k : k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${String(v)}`)
    .join(';');
}
