import { getMDXComponent } from 'next-contentlayer2/hooks';
import { describe, expect, it } from 'vitest';
import { compileBody } from './compile';
import { isPartOf, topLevelParts } from './mdx-parts';

const body = 'Intro with **bold**.\n\n<Update id="b" time="2026-01-01T10:00+03:00" keyEvent>\nSecond.\n</Update>\n\n## A heading\n\n<Update id="a" time="2026-01-01T09:00+03:00">\nFirst.\n</Update>\n';

describe('topLevelParts (MDX 3 output shape, docs/UPGRADING.md)', () => {
  it('returns each top-level node in file order, components as elements of the given function with their attributes', () => {
    const Update = () => null;
    const parts = topLevelParts(getMDXComponent(compileBody(body)) as never, { Update });
    expect(parts).toHaveLength(4);
    const updates = parts.filter((p) => isPartOf<{ id: string; keyEvent?: boolean; time: string }>(p, Update));
    expect(updates.map((u) => (u as { props: { id: string } }).props.id)).toEqual(['b', 'a']);
    expect((updates[0] as { props: { keyEvent?: boolean } }).props.keyEvent).toBe(true);
    expect((updates[1] as { props: { keyEvent?: boolean } }).props.keyEvent).toBeUndefined();
    const others = parts.filter((p) => !isPartOf(p, Update)).map((p) => (p as { type: unknown }).type);
    expect(others).toEqual(['p', 'h2']);
  });
});
