import { describe, expect, it } from 'vitest';
import { findImage, type ShareImage } from './cards';
import { pageCard } from './share';

const img = (params: ShareImage['params']): ShareImage => ({ params, input: pageCard('x', params.locale), path: '/x' });
const images = [img({ locale: 'ar', slug: 'a', id: '1.png' }), img({ locale: 'en', slug: 'a', id: '2.png' })];

describe('findImage', () => {
  it('finds the image of a page by its params, whatever the id', () => {
    expect(findImage(images, { locale: 'en', slug: 'a' })?.params.id).toBe('2.png');
  });

  it('returns null for a page without an image', () => {
    expect(findImage(images, { locale: 'en', slug: 'b' })).toBeNull();
  });
});
