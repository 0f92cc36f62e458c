/**
 * A titled section of a panel: the <section> is named by its <h3> (so a
 * screen reader lists it by title), with the panels' one section styling.
 * The panels wrote this pair of elements out by hand for every section.
 */
import type { ReactNode } from 'react';

export interface FormSectionProps {
  /** The heading's DOM id, unique on the page (the section's name points at it). */
  headingId: string;
  title: ReactNode;
  children: ReactNode;
}

export function FormSection({ headingId, title, children }: FormSectionProps) {
  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h3 className="form-section__title" id={headingId}>
        {title}
      </h3>
      {children}
    </section>
  );
}
