import { subscribe } from '@/lib/newsletter/actions';
import { formRoute } from '@/lib/newsletter/route';

/** The sign-up form (components/newsletter/Subscribe.tsx) posts here. */
export const dynamic = 'force-dynamic';
export const POST = formRoute(subscribe, true);
