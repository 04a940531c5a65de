/**
 * How many entries a bounce's list of codes or IPs holds before a set remembers them. A bounce
 * names a handful, and searching those costs less than a set per bounce; past this many the set
 * takes over, so a paste that names thousands is still read in linear time.
 */
export const SHORT_LIST = 16;
