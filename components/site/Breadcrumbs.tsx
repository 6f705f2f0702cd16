import { breadcrumbs } from '@/lib/seo/jsonld';
import { siteUrl } from '@/lib/site/url';
import { JsonLd } from './JsonLd';

type Props = {
  label: string;
  /** From the home page to this page; the last crumb is the current page. */
  trail: { name: string; path: string }[];
};

/** The trail to this page: visible, and the same trail as BreadcrumbList JSON-LD. */
export function Breadcrumbs({ label, trail }: Props) {
  return (
    <>
      <nav className="breadcrumbs" aria-label={label}>
        <ol>
          {trail.map((crumb, i) => (
            <li key={crumb.path}>
              {i < trail.length - 1 ? <a href={crumb.path}>{crumb.name}</a> : <span aria-current="page">{crumb.name}</span>}
            </li>
          ))}
        </ol>
      </nav>
      <JsonLd data={breadcrumbs(trail, siteUrl())} />
    </>
  );
}
