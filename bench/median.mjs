// The one median of the bench parts (startup, validation, curve).

/** The median of some numbers (the upper one of the middle two for an even count). */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
