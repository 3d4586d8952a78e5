/** Cards a board cell shows before "Show all": more than a screen's height, so a long cell costs what a short one does. */
export const CELL_WINDOW = 12;
