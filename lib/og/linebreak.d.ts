// linebreak 1.1.0 ships no types. Only what ./breaks.ts uses.
declare module 'linebreak' {
  export interface Break {
    /** UTF-16 index where the next line may start. */
    position: number;
    /** True for a mandatory break (newline characters). */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
