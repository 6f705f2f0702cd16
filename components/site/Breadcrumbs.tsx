import { breadcrumbs } from '@/lib/seo/jsonld';
import { siteUrl } from '@/lib/site/url';
import { JsonLd } from './JsonLd';
import { modeHref } from '@/lib/routing/request-mode';

type Props = {
  label: string;
  /** From the home page to this page; the last crumb is the current page. */
  trail: { name: string; path: string }[];
  /**
   * Show the trail up to the section only: on a briefing the current page's
   * name is the headline right below, and repeating it pushed the headline
   * down a phone's screen. The JSON-LD keeps the whole trail.
   */
  endAtSection?: boolean;
};

/** The trail to this page: visible, and the same trail as BreadcrumbList JSON-LD. */
export function Breadcrumbs({ label, trail, endAtSection = false }: Props) {
  const visible = endAtSection ? trail.slice(0, -1) : trail;
  return (
    <>
      <nav className="breadcrumbs" aria-label={label}>
        <ol>
          {visible.map((crumb, i) => (
            <li key={crumb.path}>
              {i < trail.length - 1 ? (
                <a href={modeHref(crumb.path)} dir="auto">
                  {crumb.name}
                </a>
              ) : (
                <span aria-current="page" dir="auto">
                  {crumb.name}
                </span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <JsonLd data={breadcrumbs(trail, siteUrl())} />
    </>
  );
}
