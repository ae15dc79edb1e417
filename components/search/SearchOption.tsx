// biome-ignore-all lint/a11y/useFocusableInteractive: options stay unfocusable; focus stays in the input (aria-activedescendant).
// biome-ignore-all lint/a11y/useKeyWithClickEvents: the keyboard is handled on the input, as the combobox pattern prescribes.
"use client";

import type { ReactNode } from "react";

/** One option of a suggestion list: chosen by click (without taking focus from the input) or by the keyboard. */
export function SearchOption({
  id,
  selected,
  className = "option",
  hidden,
  onChoose,
  onHover,
  children,
}: {
  id: string | undefined;
  selected: boolean;
  className?: string;
  hidden?: boolean;
  onChoose(): void;
  onHover(): void;
  children: ReactNode;
}) {
  return (
    <div
      hidden={hidden}
      id={id}
      role="option"
      aria-selected={selected}
      className={className}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onChoose}
      onMouseEnter={onHover}
    >
      {children}
    </div>
  );
}

/** A labelled group of options (its label is for sighted users; screen readers get `aria-label`). */
export function OptionGroup({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: the WAI-ARIA combobox pattern needs role=group inside a listbox.
    <div role="group" aria-label={label}>
      <div className="group-label" aria-hidden="true">
        {label}
      </div>
      {children}
    </div>
  );
}
