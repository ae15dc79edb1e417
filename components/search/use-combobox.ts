"use client";

import { type KeyboardEvent, useId, useState } from "react";

type Options = {
  /** How many options the list shows now. */
  count: number;
  /** Whether arrow keys may open and move through the list. */
  navigable: boolean;
  /** Enter: the active option's index, or -1 when none is active. Return false to let the key through. */
  onEnter(active: number): boolean;
  onOpen(): void;
  onClose(): void;
  open: boolean;
};

/**
 * Keyboard and ARIA for the WAI-ARIA combobox pattern with a list box: focus stays in the input, arrows move an
 * active option (`aria-activedescendant`), Enter chooses, Escape closes and then leaves.
 */
export function useCombobox({ count, navigable, onEnter, onOpen, onClose, open }: Options) {
  const id = useId();
  const [active, setActive] = useState(-1);
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!navigable) return;
      e.preventDefault();
      onOpen();
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (step > 0 ? (a + 1) % count : a <= 0 ? count - 1 : a - 1));
    } else if (e.key === "Enter") {
      if (onEnter(active)) e.preventDefault();
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        onClose();
        setActive(-1);
      } else e.currentTarget.blur();
    }
  };

  return {
    id,
    listId,
    optionId,
    active,
    setActive,
    /** Props for the input; `expanded` says whether the list is shown. */
    inputProps: (expanded: boolean) => ({
      role: "combobox" as const,
      "aria-expanded": expanded,
      "aria-controls": listId,
      "aria-autocomplete": "list" as const,
      "aria-activedescendant": expanded && active >= 0 ? optionId(active) : undefined,
      onKeyDown,
    }),
  };
}
