import { describe, expect, it, vi } from 'vitest';

// A fixture corpus, not the newsroom's briefings: this test must not change
// when an editor renames or unpublishes one.
vi.mock('@/lib/content/build-files', () => import('@/tests/fixtures/three-locales/store'));
const { findShareImage } = await import('./share-images');

const slug = 'fixture-in-three-languages';

describe('findShareImage', () => {
  it('finds the image of a page by its params, whatever the id', () => {
    const image = findShareImage.briefing({ locale: 'en', slug, id: 'anything.png' });
    expect(image?.path).toMatch(new RegExp(`^/en/briefings/${slug}/share-image/[0-9a-f]{12}\\.png$`));
    expect(image?.params).toMatchObject({ locale: 'en', slug });
  });

  it('returns null for a page without an image', async () => {
    expect(findShareImage.briefing({ locale: 'en', slug: 'no-such-briefing' })).toBeNull();
    expect(findShareImage.briefing({ locale: 'xx', slug })).toBeNull();
    expect(await findShareImage.topic({ locale: 'en', topic: 'no-such-topic' })).toBeNull();
    expect(await findShareImage.home({ locale: 'xx' })).toBeNull();
  });
});
