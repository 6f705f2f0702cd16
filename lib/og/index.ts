export { createShareImage, setCardText, shareImageContentType, shareImageSize, type ShareCardInput } from './card';
export { fontStackSpecs, loadFontStack, localeFontStack, type FontStack, type LoadedFont, type OgLocale } from './fonts';
export { TextImage } from './image';
export { setText, type SetLine, type SetText, type SetTextOptions, type TextAlign, type TextDir } from './text';
