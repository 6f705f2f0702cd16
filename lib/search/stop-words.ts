import { foldArabic } from './normalize-arabic';
import { foldLatin } from './normalize-english';

/**
 * Function words: in nearly every briefing, so they tell results apart by
 * nothing, yet each costs a posting per briefing (most of the index's
 * memory). Left out of the index and of the query alike; a query of stop
 * words only finds nothing. Compared after folding, before stemming
 * (على and علي are one word here).
 */
const ARABIC = `في من على علي الى إلى عن مع أن ان إن أو او ثم لا لم لن ما ماذا هل قد كان كانت يكون تكون
  هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين اللواتي هو هي هم هن نحن أنا انت أنت
  كما بين بعد قبل حتى عند عندما إذا اذا لكن لكنه بل كل بعض أي اي غير منذ خلال حيث أيضا ايضا
  وفي ومن وعلى وعن ومع وأن وان وقد ولا ولم وما وهو وهي وكان وكانت وهذا وهذه فيما فقد فإن وإن`;

const ENGLISH = `a an the and or but nor of to in on at by for from with as into onto about over under
  is are was were be been being am do does did has have had it its it's this that these those
  there their they them he she his her we our you your i me my not no so than then too very
  which who whom whose what when where why how all any both each also just only can could
  will would shall should may might must said says`;

export const STOP_WORDS: ReadonlySet<string> = new Set(
  `${ARABIC} ${ENGLISH}`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => foldArabic(foldLatin(w))),
);

/** A folded word that search leaves out (see STOP_WORDS). */
export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}
