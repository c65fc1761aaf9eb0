// The date stamp a page stored as text keeps before its first words (" date 2024-09 “…”"): no words of the writer's.

/** A paragraph's lead that is nothing but the stamp: " date 2024-09 ", " date 2021-06-14 ". */
export const DATE_STAMP = /^\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s*$/u;
