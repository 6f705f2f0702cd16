import { changeLanguage } from '@/lib/newsletter/actions';
import { formRoute } from '@/lib/newsletter/route';

/** The manage page's language form posts here. */
export const dynamic = 'force-dynamic';
export const POST = formRoute(changeLanguage, true);
