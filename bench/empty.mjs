// An empty ES module: the cold-start bench imports it to show what Node itself
// spends on a first import() of a file, whatever the file holds.
export {};
