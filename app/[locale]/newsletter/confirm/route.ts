import { confirm } from '@/lib/newsletter/actions';
import { formRoute } from '@/lib/newsletter/route';

/** The confirmation page's button posts here. */
export const dynamic = 'force-dynamic';
export const POST = formRoute(confirm, true);
