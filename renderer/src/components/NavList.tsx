import type { MouseEvent } from 'react';
import './nav-list.css';

export interface NavItem {
  key: string;
  label: string;
  /** Where following the link goes; the item without one is the current page. */
  onSelect?: () => void;
}

interface NavListProps {
  /** Accessible name of the navigation landmark, e.g. "Breadcrumb". */
  label: string;
  items: readonly NavItem[];
  /** The key of the current page: marked with aria-current="page" and not a link. */
  current: string;
  /** "breadcrumb" joins the items with a chevron on one line; "list" stacks them. */
  variant?: 'breadcrumb' | 'list';
  className?: string;
}

/** Navigation as links in a list, the current place marked with aria-current. */
export function NavList({ label, items, current, variant = 'list', className }: NavListProps) {
  const follow = (item: NavItem) => (event: MouseEvent) => {
    event.preventDefault();
    item.onSelect?.();
  };
  return (
    <nav aria-label={label} className={`nav-list--${variant}${className ? ` ${className}` : ''}`}>
      <ol className="nav-list__items">
        {items.map((item) =>
          item.key === current || !item.onSelect ? (
            <li key={item.key} className="nav-list__item">
              <span className="nav-list__current" aria-current={item.key === current ? 'page' : undefined}>
                {item.label}
              </span>
            </li>
          ) : (
            <li key={item.key} className="nav-list__item">
              <a className="nav-list__link" href={`#${item.key}`} onClick={follow(item)}>
                {item.label}
              </a>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
